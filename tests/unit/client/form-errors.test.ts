// The shared form layer's words: zod issues and database refusals become errors next to fields.
import { insertProjectSchema } from "@db/validation/projects";
import { signupFormSchema } from "@db/validation/signup";
import { fieldErrors, firstMessage } from "@supabase-client/forms/field-errors";
import {
  alreadyTakenMessage,
  refusalFieldErrors,
  refusalNotification,
  requiredMessage,
} from "@supabase-client/forms/refusal";
import { describe, expect, it } from "vitest";
import type { z } from "zod/v4";

function refused<T>(result: z.ZodSafeParseResult<T>): z.ZodError {
  if (result.success) {
    throw new Error("expected the schema to refuse the values");
  }
  return result.error;
}

describe("fieldErrors", () => {
  it("names each field the schema refuses, with the schema's message", () => {
    const error = refused(
      signupFormSchema.safeParse({ email: "not an email", password: "short", full_name: "" }),
    );
    const byName = Object.fromEntries(
      fieldErrors(error).map((field) => [field.name.join("."), field.errors]),
    );
    expect(byName.email).toEqual(["Enter a valid email address"]);
    expect(byName.password).toEqual(["Use at least 8 characters"]);
    expect(byName.full_name).toEqual(["Full name is required"]);
    expect(byName.company_name).toEqual(["Company name is required"]);
  });

  it("keeps a nested field's whole path, as antd names it", () => {
    const error = refused(
      signupFormSchema.safeParse({
        email: "ada@example.com",
        password: "correct horse",
        full_name: "Ada",
        company_name: "Engines",
        details: { message: "x".repeat(5000) },
      }),
    );
    expect(fieldErrors(error)).toEqual([
      { name: ["details", "message"], errors: ["Message must be at most 2000 characters"] },
    ]);
  });

  it("files a refinement under the field its path names", () => {
    const error = refused(
      insertProjectSchema.safeParse({
        company_id: "7d0c1a52-5a39-4f0c-9a35-0f7c1bd1a001",
        name: "Site",
        start_date: "2026-05-01",
        due_date: "2026-04-01",
      }),
    );
    expect(fieldErrors(error)).toEqual([
      { name: ["due_date"], errors: ["Due date cannot be before the start date"] },
    ]);
    expect(firstMessage(error)).toBe("Due date cannot be before the start date");
  });
});

describe("refusalFieldErrors", () => {
  it("puts a unique violation on the column its details name", () => {
    expect(
      refusalFieldErrors({
        code: "23505",
        message: 'duplicate key value violates unique constraint "pages_slug_key"',
        details: "Key (slug)=(about) already exists.",
      }),
    ).toEqual([{ name: ["slug"], errors: [alreadyTakenMessage] }]);
  });

  it("names every column of a composite key", () => {
    expect(
      refusalFieldErrors({
        code: "23505",
        details:
          "Key (product_id, version)=(7d0c1a52-5a39-4f0c-9a35-0f7c1bd1a001, 1.0) already exists.",
      }).map((field) => field.name[0]),
    ).toEqual(["product_id", "version"]);
  });

  // Postgres withholds a unique violation's details on a table with row level security.
  it("finds the form's field in the constraint's name when the details are withheld", () => {
    const withheld = (constraint: string) => ({
      code: "23505",
      message: `duplicate key value violates unique constraint "${constraint}"`,
      details: null,
    });
    expect(
      refusalFieldErrors(withheld("products_slug_unique"), ["name", "slug", "status"]),
    ).toEqual([{ name: ["slug"], errors: [alreadyTakenMessage] }]);
    expect(
      refusalFieldErrors(withheld("beta_builds_product_id_version_key"), [
        "version",
        "release_notes",
      ]).map((field) => field.name[0]),
    ).toEqual(["version"]);
    expect(
      refusalFieldErrors(withheld("email_templates_key_locale_key"), [
        "key",
        "locale",
        "subject",
      ]).map((field) => field.name[0]),
    ).toEqual(["key", "locale"]);
    expect(refusalFieldErrors(withheld("beta_invite_codes_code_unique"), [])).toEqual([]);
  });

  it("puts a not-null violation on its column", () => {
    expect(
      refusalFieldErrors({
        code: "23502",
        message:
          'null value in column "company_id" of relation "projects" violates not-null constraint',
        details: "Failing row contains (…).",
      }),
    ).toEqual([{ name: ["company_id"], errors: [requiredMessage] }]);
  });

  it("leaves a check violation or a trigger's refusal to the notification", () => {
    expect(
      refusalFieldErrors({
        code: "23514",
        message: 'new row for relation "projects" violates check constraint "projects_progress"',
      }),
    ).toEqual([]);
    expect(
      refusalFieldErrors({ code: "P0001", message: "Atrium needs at least one admin" }),
    ).toEqual([]);
  });
});

describe("refusalNotification", () => {
  it("headlines the database's sentence, never a status code", () => {
    expect(refusalNotification({ message: " Atrium needs at least one admin " })).toEqual({
      type: "error",
      description: "Atrium needs at least one admin",
      message: "Nothing was changed.",
    });
    expect(refusalNotification({ message: "" }).description).toBe("The change could not be saved");
  });
});

// The sign-up form's glue to db/validation: utm capture, language choice and per-field errors.

import { signupFormSchema } from "@db/validation/signup";
import { fieldErrors } from "@supabase-client/forms/field-errors";
import { describe, expect, it } from "vitest";
import { preferredLocale, utmFrom } from "../../../portal/src/pages/auth/signup-values";

/** What the sign-up form's submit does: the schema's output, or the errors next to each field. */
function parseSignup(values: unknown) {
  const parsed = signupFormSchema.safeParse(values);
  return parsed.success
    ? { ok: true as const, form: parsed.data }
    : { ok: false as const, fields: fieldErrors(parsed.error) };
}

describe("utmFrom", () => {
  it("keeps utm_* parameters only, capped in length", () => {
    expect(
      utmFrom(`?utm_source=newsletter&utm_campaign=${"x".repeat(300)}&ref=abc&utm_=1`),
    ).toEqual({ utm_source: "newsletter", utm_campaign: "x".repeat(200) });
    expect(utmFrom("")).toEqual({});
  });
});

describe("preferredLocale", () => {
  it("reads French for any fr-* browser language and English otherwise", () => {
    expect(preferredLocale(["fr-CA", "en"])).toBe("fr");
    expect(preferredLocale(["de-DE", "fr"])).toBe("en");
    expect(preferredLocale([])).toBe("en");
  });
});

describe("the sign-up schema through the form layer", () => {
  it("returns the cleaned form", () => {
    const result = parseSignup({
      email: "  Ada@Example.COM ",
      password: "correct horse",
      full_name: " Ada Lovelace ",
      company_name: "Analytical Engines",
      details: { project_type: "website", budget: "", message: "" },
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.form).toMatchObject({
        email: "ada@example.com",
        full_name: "Ada Lovelace",
        locale: "en",
        details: { project_type: "website", budget: null, message: null },
      });
    }
  });

  it("puts each message next to its field, nested ones included", () => {
    const result = parseSignup({
      email: "not an email",
      password: "short",
      full_name: "",
      company_name: "Analytical Engines",
      details: { message: "x".repeat(5000) },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const names = result.fields.map((field) => field.name.join("."));
      expect(names).toEqual(
        expect.arrayContaining(["email", "password", "full_name", "details.message"]),
      );
      expect(result.fields.find((field) => field.name[0] === "password")?.errors).toEqual([
        "Use at least 8 characters",
      ]);
    }
  });
});

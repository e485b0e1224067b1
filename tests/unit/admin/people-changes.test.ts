// What an edit of a profile saves, and how a refusal reads.

import { refusalNotification } from "@supabase-client/forms/refusal";
import { describe, expect, it } from "vitest";
import { profileChangesSchema } from "../../../admin/src/resources/people/changes";

const company = "7d0c1a52-5a39-4f0c-9a35-0f7c1bd1a001";

describe("profile changes", () => {
  it("keep a client's company", () => {
    expect(profileChangesSchema.parse({ role: "client", company_id: company })).toEqual({
      role: "client",
      company_id: company,
    });
  });

  it("drop the company of someone made staff", () => {
    expect(profileChangesSchema.parse({ role: "team", company_id: company })).toEqual({
      role: "team",
      company_id: null,
    });
  });

  it("save only the fields staff may change, trimmed", () => {
    expect(
      profileChangesSchema.parse({
        full_name: "  Cleo Client ",
        role: "client",
        email: "other@example.test",
        id: company,
      }),
    ).toEqual({ full_name: "Cleo Client", role: "client" });
  });

  it("refuse a role the database does not know", () => {
    expect(profileChangesSchema.safeParse({ role: "owner" }).success).toBe(false);
  });
});

describe("refusal notification", () => {
  it("says the database's reason instead of a status code", () => {
    expect(refusalNotification({ message: "Atrium needs at least one admin" })).toEqual({
      type: "error",
      description: "Atrium needs at least one admin",
      message: "Nothing was changed.",
    });
  });

  it("still says something when the error has no message", () => {
    expect(refusalNotification(undefined).description).toBe("The change could not be saved");
    expect(refusalNotification({ message: " " }).description).toBe("The change could not be saved");
  });
});

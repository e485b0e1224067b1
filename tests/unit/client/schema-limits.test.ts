// Field building blocks read their label, required mark and limits from db/validation's schemas.
import { limits } from "@db/limits";
import {
  insertCompanySchema,
  insertInviteCodeSchema,
  insertProductSchema,
  insertProjectSchema,
  updateCompanySchema,
} from "@db/validation";
import { signupFormSchema } from "@db/validation/signup";
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import { describe, expect, it } from "vitest";

describe("fieldLimits", () => {
  it("reads a required text's label and longest value", () => {
    expect(fieldLimits(insertProductSchema.shape.name)).toMatchObject({
      label: "Name",
      isRequired: true,
      maxLength: limits.name,
    });
  });

  it("sees through the optional, nullable and blank-to-null layers of optional text", () => {
    expect(fieldLimits(insertProductSchema.shape.description)).toMatchObject({
      label: "Description",
      isRequired: false,
      maxLength: limits.body,
    });
  });

  it("reads nested fields' limits, such as the sign-up's message", () => {
    const details = signupFormSchema.shape.details.unwrap().shape;
    expect(fieldLimits(details.message)).toMatchObject({
      label: "Message",
      isRequired: false,
      maxLength: limits.body / 10,
    });
  });

  it("calls a field required only where the schema refuses it empty", () => {
    expect(fieldLimits(insertCompanySchema.shape.name).isRequired).toBe(true);
    // An edit sends only what changed, so the same field is optional there.
    expect(fieldLimits(updateCompanySchema.shape.name).isRequired).toBe(false);
    expect(fieldLimits(insertProjectSchema.shape.company_id).isRequired).toBe(true);
    expect(fieldLimits(signupFormSchema.shape.password)).toMatchObject({
      isRequired: true,
      maxLength: 72,
    });
  });

  it("reads a number's bounds", () => {
    expect(fieldLimits(insertProjectSchema.shape.progress)).toMatchObject({ min: 0, max: 100 });
    expect(fieldLimits(insertInviteCodeSchema.shape.max_uses).min).toBe(1);
  });

  it("has no label where the schema gives none, so the form must name the field", () => {
    expect(fieldLimits(insertProductSchema.shape.slug).label).toBeUndefined();
  });
});

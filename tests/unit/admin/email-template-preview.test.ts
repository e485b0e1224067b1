// The template preview renders with sample data through db/email's renderer and points out
// variables no email carries.
import { describe, expect, it } from "vitest";
import { templateFormSchema } from "../../../admin/src/resources/email-templates/form-schema";
import {
  previewTemplate,
  unknownMarker,
} from "../../../admin/src/resources/email-templates/preview";
import { sampleData } from "../../../admin/src/resources/email-templates/sample-data";
import { templateTitle } from "../../../admin/src/resources/email-templates/title";

describe("template preview", () => {
  it("renders every part with the sample values, escaping them in HTML", () => {
    const preview = previewTemplate(
      {
        subject: "Welcome, {{ recipient_name }}",
        html: "<p>{{ company_name }}</p>",
        text: "{{company_name}} / {{ recipient_name }}",
      },
      { recipient_name: "Clara", company_name: "O'Brien & Co" },
    );
    expect(preview).toEqual({
      variables: ["recipient_name", "company_name"],
      unknown: [],
      rendered: {
        subject: "Welcome, Clara",
        html: "<p>O&#39;Brien &amp; Co</p>",
        text: "O'Brien & Co / Clara",
      },
    });
  });

  it("points out an unknown variable and still renders around it", () => {
    const preview = previewTemplate({
      subject: "Hi {{ recipient_nme }}",
      html: "<p>{{ product_name }}</p>",
      text: "x",
    });
    expect(preview.unknown).toEqual(["recipient_nme"]);
    expect(preview.rendered.subject).toBe(`Hi ${unknownMarker("recipient_nme")}`);
    expect(preview.rendered.html).toBe(`<p>${sampleData.product_name}</p>`);
  });

  it("reports a dotted name the flat sample data cannot fill", () => {
    const parts = { subject: "{{ user.name }}", html: "", text: "" };
    const preview = previewTemplate(parts);
    expect(preview.unknown).toEqual(["user.name"]);
    expect(preview.rendered).toEqual(parts);
  });

  it("has a sample value for every variable the seeded templates use", () => {
    for (const name of [
      "actor_name",
      "admin_url",
      "applicant_email",
      "applicant_name",
      "company_name",
      "confirm_url",
      "email",
      "portal_url",
      "product_name",
      "product_slug",
      "project_id",
      "project_name",
      "reason",
      "recipient_name",
      "request_id",
      "token",
      "update_body",
      "update_title",
      "waiting_hours",
    ]) {
      expect(sampleData[name], name).toBeTruthy();
    }
  });

  it("titles a template by key and language", () => {
    expect(templateTitle({ key: "beta.granted", locale: "fr" })).toBe("beta.granted (fr)");
  });
});

describe("the template form's check", () => {
  const schema = templateFormSchema((names) => `Unknown: ${names.join(", ")}`);

  it("refuses a part that uses a variable no email carries, next to that part", () => {
    const result = schema.safeParse({
      subject: "Hi {{ recipient_nme }}",
      html: "<p>{{ product_name }}</p>",
      text: "{{ nope }} and {{ user.name }}",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ["subject"], message: "Unknown: recipient_nme" },
      { path: ["text"], message: "Unknown: nope, user.name" },
    ]);
  });

  it("saves a template whose variables every email carries", () => {
    expect(
      schema.safeParse({
        subject: "Welcome, {{ recipient_name }}",
        html: "<p>{{ company_name }}</p>",
        text: "{{ portal_url }}",
      }).success,
    ).toBe(true);
  });
});

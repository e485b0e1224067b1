// The company page's contact form: a cleared email is no email at all, editing starts from the
// contact's own values, and removal asks by name.
import { describe, expect, it } from "vitest";
import { englishWords } from "../../../admin/src/components/csv-import/words";
import { contactFormValues } from "../../../admin/src/resources/companies/contact-values";
import type { Contact } from "../../../db/schema/companies";
import { insertContactSchema, updateContactSchema } from "../../../db/validation/companies";

const companyId = "3f1d0c9e-1b7a-4a53-9a86-1f3f0a3c6d21";

const bounced: Contact = {
  id: "9b2c4c56-0d0e-4a8f-8d4f-6a8e1b9b7c10",
  company_id: companyId,
  full_name: "Wile E. Coyote",
  email: "wile@acme.test",
  other_emails: [],
  phone: null,
  title: "Genius",
  email_bounced_at: "2026-11-01T10:00:00.000Z",
  profile_id: null,
  created_at: "2026-10-01T10:00:00.000Z",
  updated_at: "2026-10-01T10:00:00.000Z",
};

describe("the contact form", () => {
  it("saves a contact whose email field was cleared, with no email", () => {
    const parsed = insertContactSchema.safeParse({
      full_name: "Road Runner",
      email: "",
      company_id: companyId,
    });
    expect(parsed.success && parsed.data.email).toBeNull();
  });

  it("starts editing from the contact's typed-in fields only, never the bounce flag", () => {
    const values = contactFormValues(bounced);
    expect(values).toEqual({
      full_name: "Wile E. Coyote",
      title: "Genius",
      email: "wile@acme.test",
      other_emails: [],
      phone: null,
    });
    const parsed = updateContactSchema.parse({ ...values, email: "new@acme.test" });
    expect(parsed).not.toHaveProperty("email_bounced_at");
  });

  it("keeps other addresses cleaned like the email, and refuses one that is not an address", () => {
    const others = (other_emails: string[]) => updateContactSchema.safeParse({ other_emails });
    expect(others([" Road@Runner.TEST", "beep@acme.test"]).data?.other_emails).toEqual([
      "road@runner.test",
      "beep@acme.test",
    ]);
    expect(others(["road runner"]).error?.issues[0]?.message).toBe("Enter a valid email address");
  });

  it("asks before removing a contact, naming them and the company", () => {
    const names = { contact: "Wile E. Coyote", company: "Acme" };
    expect(englishWords.t("admin.companies.contacts.removeQuestion", names)).toBe(
      "Remove Wile E. Coyote from Acme?",
    );
  });
});

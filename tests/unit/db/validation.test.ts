import { describe, expect, it } from "vitest";
import {
  grantBetaAccessSchema,
  insertCompanySchema,
  insertContactSchema,
  insertFeedbackSchema,
  insertPageSchema,
  insertProjectSchema,
  reviewRequestSchema,
  signupFormSchema,
  toSignUpCredentials,
} from "../../../db/validation";

const uuid = "6f1c1b1e-8c5a-4c1e-9d7e-1a2b3c4d5e6f";
const form = {
  email: "  Pat@Prospect.TEST ",
  password: "long-enough",
  full_name: " Pat Prospect ",
  company_name: "Prospect Labs",
  details: { project_type: "website", budget: "10-25k", message: "Hello" },
};

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("sign-up form", () => {
  it("trims and lower-cases the email and trims names", () => {
    const parsed = signupFormSchema.parse(form);
    expect(parsed.email).toBe("pat@prospect.test");
    expect(parsed.full_name).toBe("Pat Prospect");
    expect(parsed.locale).toBe("en");
  });

  it("splits into supabase-js signUp credentials with the metadata the trigger reads", () => {
    const credentials = toSignUpCredentials(signupFormSchema.parse(form));
    expect(credentials.email).toBe("pat@prospect.test");
    expect(credentials.password).toBe("long-enough");
    expect(credentials.options.data).toMatchObject({
      full_name: "Pat Prospect",
      company_name: "Prospect Labs",
      details: { project_type: "website", budget: "10-25k", message: "Hello" },
    });
    expect(credentials.options.data).not.toHaveProperty("password");
  });

  it("names every missing or malformed field", () => {
    const result = signupFormSchema.safeParse({ email: "not-an-email", password: "short" });
    expect(messages(result)).toEqual([
      "email: Enter a valid email address",
      "password: Use at least 8 characters",
      "full_name: Full name is required",
      "company_name: Company name is required",
    ]);
  });

  it("refuses a 10 kB name and a blank company", () => {
    const result = signupFormSchema.safeParse({
      ...form,
      full_name: "x".repeat(10_000),
      company_name: "   ",
    });
    expect(messages(result)).toEqual([
      "full_name: Full name must be at most 200 characters",
      "company_name: Company name is required",
    ]);
  });

  it("refuses oversized details", () => {
    const result = signupFormSchema.safeParse({
      ...form,
      details: {
        message: "x".repeat(1_999),
        budget: "y".repeat(100),
        project_type: "z".repeat(100),
      },
    });
    expect(result.success).toBe(true);
    const tooLong = signupFormSchema.safeParse({
      ...form,
      details: { message: "x".repeat(2_001) },
    });
    expect(messages(tooLong)).toEqual(["details.message: Message must be at most 2000 characters"]);
  });
});

describe("company form", () => {
  it("stores a contact's cleared email as null and still checks a typed one", () => {
    const base = { company_id: "00000000-0000-4000-8000-000000000001", full_name: "Bill" };
    expect(insertContactSchema.parse({ ...base, email: "  " }).email).toBeNull();
    expect(insertContactSchema.parse({ ...base, email: " Bill@Initech.TEST " }).email).toBe(
      "bill@initech.test",
    );
    expect(
      insertContactSchema.safeParse({ ...base, email: "bill@" }).error?.issues[0]?.message,
    ).toBe("Enter a valid email address");
  });

  it("refuses websites with a space in the host or another protocol", () => {
    for (const bad of [
      "acme robotics",
      "https://acme robotics",
      "ftp://acme.test",
      "https://a_b.test",
    ]) {
      const parsed = insertCompanySchema.safeParse({ name: "Acme", website: bad });
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("Enter a valid web address");
    }
  });

  it("adds https:// to a bare website and stores blanks as null", () => {
    const parsed = insertCompanySchema.parse({ name: "Acme", website: "acme.test", industry: "" });
    expect(parsed.website).toBe("https://acme.test");
    expect(parsed.industry).toBeNull();
  });

  it("refuses an unknown status and a missing name", () => {
    const result = insertCompanySchema.safeParse({ name: "", status: "prospect" });
    expect(messages(result)).toEqual([
      "name: Name is required",
      expect.stringMatching(/^status: /),
    ]);
  });
});

describe("project form", () => {
  it("keeps progress within 0 to 100", () => {
    const result = insertProjectSchema.safeParse({ company_id: uuid, name: "Site", progress: 101 });
    expect(messages(result)).toEqual(["progress: Progress is between 0 and 100"]);
    expect(
      insertProjectSchema.parse({ company_id: uuid, name: "Site", progress: "40" }).progress,
    ).toBe(40);
  });

  it("puts a due date before the start date on the due date field", () => {
    const result = insertProjectSchema.safeParse({
      company_id: uuid,
      name: "Site",
      start_date: "2026-12-01",
      due_date: "2026-11-01",
    });
    expect(messages(result)).toEqual(["due_date: Due date cannot be before the start date"]);
  });
});

describe("beta forms", () => {
  it("grants to a person or a company, not both and not neither", () => {
    expect(grantBetaAccessSchema.safeParse({ product_id: uuid, profile_id: uuid }).success).toBe(
      true,
    );
    expect(grantBetaAccessSchema.safeParse({ product_id: uuid, company_id: uuid }).success).toBe(
      true,
    );
    const both = grantBetaAccessSchema.safeParse({
      product_id: uuid,
      profile_id: uuid,
      company_id: uuid,
    });
    expect(messages(both)).toEqual(["profile_id: Grant access to a person or to a company"]);
    expect(grantBetaAccessSchema.safeParse({ product_id: uuid }).success).toBe(false);
  });

  it("rates from 1 to 5 and asks for the feedback's words", () => {
    expect(messages(insertFeedbackSchema.safeParse({ build_id: uuid, rating: 6 }))).toEqual([
      "rating: Rate from 1 to 5",
      "body: Feedback is required",
    ]);
    const feedback = insertFeedbackSchema.parse({ build_id: uuid, rating: "4", body: " Nice " });
    expect(feedback).toEqual({ build_id: uuid, rating: 4, body: "Nice" });
    expect(messages(insertFeedbackSchema.safeParse({ build_id: uuid, body: "x" }))).toEqual([
      "rating: Rate from 1 to 5",
    ]);
  });
});

describe("review and pages", () => {
  it("only lets a review set confirmed, approved or rejected", () => {
    expect(reviewRequestSchema.safeParse({ status: "approved" }).success).toBe(true);
    expect(reviewRequestSchema.safeParse({ status: "pending" }).success).toBe(false);
  });

  it("accepts section slugs and refuses spaces", () => {
    expect(insertPageSchema.parse({ slug: "Legal/Privacy-Policy", title: "Privacy" }).slug).toBe(
      "legal/privacy-policy",
    );
    expect(insertPageSchema.safeParse({ slug: "privacy policy", title: "Privacy" }).success).toBe(
      false,
    );
  });
});

// The light pages' form check: typed strings become the schema's input, and zod issues and
// PostgREST refusals become the same messages the antd forms show for the same rule.
import { signupFormSchema } from "@db/validation/signup";
import { fieldErrors } from "@supabase-client/forms/field-errors";
import {
  checkDraft,
  fieldMessages,
  nestDraft,
  refusalMessages,
} from "@supabase-client/forms/light-form-check";
import { alreadyTakenMessage, requiredMessage } from "@supabase-client/forms/refusal";
import { describe, expect, it } from "vitest";

const draft = {
  full_name: " ",
  company_name: "Wei Robotics",
  email: "lin@",
  password: "short",
  "details.project_type": "Mobile app",
  "details.message": "x".repeat(5000),
  locale: "en",
};

describe("nestDraft", () => {
  it("nests dotted keys and leaves blank inputs out", () => {
    expect(nestDraft(draft)).toEqual({
      full_name: undefined,
      company_name: "Wei Robotics",
      email: "lin@",
      password: "short",
      details: { project_type: "Mobile app", message: "x".repeat(5000) },
      locale: "en",
    });
  });
});

describe("checkDraft", () => {
  it("shows the antd layer's message for each rule, keyed by the dotted path", () => {
    const input = nestDraft(draft);
    const { parsed, messages } = checkDraft(signupFormSchema, input);
    expect(parsed.success).toBe(false);
    expect(messages).toEqual({
      full_name: ["Full name is required"],
      email: ["Enter a valid email address"],
      password: ["Use at least 8 characters"],
      "details.message": ["Message must be at most 2000 characters"],
    });
    // The antd forms read the same formatter's output, so both apps say the same words.
    const antd = signupFormSchema.safeParse(input);
    expect(antd.success ? [] : fieldErrors(antd.error)).toEqual(
      Object.entries(messages).map(([key, errors]) => ({ name: key.split("."), errors })),
    );
  });

  it("moves an error where the form shows it and passes the schema's output on", () => {
    const moved = checkDraft(signupFormSchema, { ...nestDraft(draft), email: undefined }, (found) =>
      found.map((error) => ({ ...error, name: ["contact"] })),
    );
    expect(Object.keys(moved.messages)).toEqual(["contact"]);

    const valid = checkDraft(
      signupFormSchema,
      nestDraft({
        ...draft,
        full_name: "Lin Wei",
        email: " Lin@Example.TEST ",
        password: "long enough",
        "details.message": "",
      }),
    );
    expect(valid.messages).toEqual({});
    expect(valid.parsed.data).toMatchObject({
      full_name: "Lin Wei",
      email: "lin@example.test",
      details: { project_type: "Mobile app" },
    });
  });
});

describe("refusalMessages", () => {
  it("puts a unique or not-null violation next to its column", () => {
    expect(
      refusalMessages({ code: "23505", details: "Key (email)=(lin@example.test) already exists." }),
    ).toEqual({ messages: { email: [alreadyTakenMessage] }, notice: null });
    expect(
      refusalMessages({
        code: "23502",
        message: 'null value in column "company_name" of relation "x" violates not-null constraint',
      }),
    ).toEqual({ messages: { company_name: [requiredMessage] }, notice: null });
  });

  it("announces a refusal that names no field in the database's sentence", () => {
    expect(refusalMessages({ code: "P0001", message: " Sign-ups are closed " })).toEqual({
      messages: {},
      notice: "Sign-ups are closed",
    });
    expect(refusalMessages({ code: "23514" }).notice).toBe("The change could not be saved");
  });
});

describe("fieldMessages", () => {
  it("joins two issues of one field", () => {
    expect(
      fieldMessages([
        { name: ["details", "message"], errors: ["a"] },
        { name: ["details", "message"], errors: ["b"] },
      ]),
    ).toEqual({ "details.message": ["a", "b"] });
  });
});

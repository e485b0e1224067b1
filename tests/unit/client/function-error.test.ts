// What the apps show for a failed edge function call: the function's own message and hint from
// its four-field body, else the client library's message.
import { FunctionsFetchError, FunctionsHttpError } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { functionErrorMessage } from "../../../supabase/client/function-error";

const answer = (body: unknown, status = 409) =>
  new FunctionsHttpError(
    new Response(typeof body === "string" ? body : JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json" },
    }),
  );

describe("functionErrorMessage", () => {
  it("reads the message and hint of a function's refusal", async () => {
    const error = answer({
      code: "no_factors",
      message: "This person has no two-step sign-in to reset",
      details: null,
      hint: "They can add an authenticator app themselves.",
    });
    expect(await functionErrorMessage(error)).toBe(
      "This person has no two-step sign-in to reset. They can add an authenticator app themselves.",
    );
  });

  it("shows the message alone when there is no hint, without doubling a full stop", async () => {
    expect(await functionErrorMessage(answer({ message: "Only an admin can.", hint: null }))).toBe(
      "Only an admin can.",
    );
  });

  it("falls back to the library's message for a body that is not ours, or no answer", async () => {
    expect(await functionErrorMessage(answer("<html>Bad gateway</html>", 502))).toBe(
      "Edge Function returned a non-2xx status code",
    );
    expect(await functionErrorMessage(new FunctionsFetchError(new Error("offline")))).toBe(
      "Failed to send a request to the Edge Function",
    );
    expect(await functionErrorMessage("nope")).toBe("Something went wrong; try again");
  });
});

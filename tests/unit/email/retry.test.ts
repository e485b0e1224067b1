// process-outbox's retry policy (supabase/functions/_shared/retry.ts, run by Deno in production).
import { describe, expect, it } from "vitest";
import { classifySendFailure, retryDelayMs } from "../../../supabase/functions/_shared/retry";

const options = { baseMs: 1000, maxMs: 60_000 };

describe("retryDelayMs", () => {
  it("doubles with each attempt, half fixed and half jitter", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, options, () => 0))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, options, () => 1))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });

  it("never waits less for a later attempt below the cap, whatever the jitter", () => {
    // Below the cap; at the cap every delay lies between maxMs/2 and maxMs.
    for (let attempt = 1; attempt < 6; attempt++) {
      const longestNow = retryDelayMs(attempt, options, () => 1);
      const shortestNext = retryDelayMs(attempt + 1, options, () => 0);
      expect(shortestNext).toBeGreaterThanOrEqual(longestNow);
    }
  });

  it("caps the delay at maxMs", () => {
    expect(retryDelayMs(30, options, () => 1)).toBe(60_000);
    expect(retryDelayMs(30, options, () => 0)).toBe(30_000);
  });
});

describe("classifySendFailure", () => {
  it("retries when no answer came (timeout, dropped connection)", () => {
    expect(
      classifySendFailure(
        { statusCode: null, name: "application_error", message: "Unable to fetch data." },
        null,
      ),
    ).toEqual({
      retry: true,
      error: "no answer application_error: Unable to fetch data.",
      notBeforeMs: 0,
    });
  });

  it("retries 5xx at once and 429 no sooner than retry-after", () => {
    expect(
      classifySendFailure({ statusCode: 503, name: "internal_server_error", message: "x" }, null),
    ).toMatchObject({
      retry: true,
      notBeforeMs: 0,
    });
    expect(
      classifySendFailure({ statusCode: 429, name: "rate_limit_exceeded", message: "x" }, "3"),
    ).toEqual({
      retry: true,
      error: "429 rate_limit_exceeded: x",
      notBeforeMs: 3000,
    });
  });

  it("retries a concurrent use of the key but not a reuse with another body", () => {
    expect(
      classifySendFailure(
        { statusCode: 409, name: "concurrent_idempotent_requests", message: "x" },
        null,
      ).retry,
    ).toBe(true);
    expect(
      classifySendFailure(
        { statusCode: 409, name: "invalid_idempotent_request", message: "x" },
        null,
      ).retry,
    ).toBe(false);
  });

  it("fails other 4xx permanently, keeping status, name and message", () => {
    expect(
      classifySendFailure(
        { statusCode: 422, name: "validation_error", message: "Invalid `to` field." },
        null,
      ),
    ).toEqual({ retry: false, error: "422 validation_error: Invalid `to` field." });
    expect(
      classifySendFailure(
        { statusCode: 403, name: "invalid_api_key", message: "API key is invalid" },
        null,
      ).retry,
    ).toBe(false);
  });
});

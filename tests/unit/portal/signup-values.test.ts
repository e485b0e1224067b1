// What the sign-up form adds to what was typed: utm capture and the language choice (its checks
// are the form layer's, tested in tests/unit/client/light-form-check.test.ts).

import { browserLocale } from "@supabase-client/i18n/locales";
import { describe, expect, it } from "vitest";
import { utmFrom } from "../../../portal/src/pages/auth/signup-values";

describe("utmFrom", () => {
  it("keeps utm_* parameters only, capped in length", () => {
    expect(
      utmFrom(`?utm_source=newsletter&utm_campaign=${"x".repeat(300)}&ref=abc&utm_=1`),
    ).toEqual({ utm_source: "newsletter", utm_campaign: "x".repeat(200) });
    expect(utmFrom("")).toEqual({});
  });
});

describe("browserLocale", () => {
  it("reads French for any fr-* browser language and English otherwise", () => {
    expect(browserLocale(["fr-CA", "en"])).toBe("fr");
    expect(browserLocale(["de-DE", "fr"])).toBe("en");
    expect(browserLocale([])).toBe("en");
  });
});

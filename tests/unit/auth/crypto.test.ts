// One-time codes, GoTrue's token hash and PKCE challenges.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  generateOtp,
  randomToken,
  s256Challenge,
  safeEqual,
  tokenHash,
} from "../../../supabase/local/auth/crypto";

describe("auth crypto", () => {
  it("hashes email + otp as hex sha224, the value GoTrue stores and mails", () => {
    const expected = createHash("sha224").update("ada@example.com123456").digest("hex");
    expect(tokenHash("ada@example.com", "123456")).toBe(expected);
    expect(expected).toHaveLength(56);
  });

  it("makes six-digit codes that keep leading zeros", () => {
    const codes = Array.from({ length: 200 }, () => generateOtp(6));
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it("computes S256 challenges as base64url(sha256(verifier)), as auth-js does with WebCrypto", async () => {
    const verifier = "x".repeat(43);
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
    expect(s256Challenge(verifier)).toBe(Buffer.from(digest).toString("base64url"));
  });

  it("compares secrets of any length without throwing", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abcd")).toBe(false);
    expect(randomToken()).not.toBe(randomToken());
  });
});

// The TOTP window of the local Auth: RFC 6238 codes (via otplib) accepted one step either side of
// now, refused further out, and refused again once their step was used.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { checkTotp, newTotpEnrollment } from "../../../supabase/local/auth/totp";

// The RFC 6238 appendix B secret ("12345678901234567890") in base32.
const SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const NOW = 1_111_111_111; // inside step 37037037
const STEP = Math.floor(NOW / 30);

describe("checkTotp", () => {
  it("matches the RFC 6238 SHA-1 test vector", async () => {
    // Appendix B: T = 1111111111 gives 050471 (the low six digits of 14050471).
    expect(await checkTotp(SECRET, "050471", NOW, null)).toEqual({
      outcome: "valid",
      timeStep: STEP,
    });
  });

  it("accepts the previous and next step and nothing further", async () => {
    for (const [offset, outcome] of [
      [-60, "invalid"],
      [-30, "valid"],
      [30, "valid"],
      [60, "invalid"],
    ] as const) {
      const code = await generate({ secret: SECRET, epoch: NOW + offset });
      expect((await checkTotp(SECRET, code, NOW, null)).outcome).toBe(outcome);
    }
  });

  it("refuses a code whose step, or a later one, was already accepted", async () => {
    const code = await generate({ secret: SECRET, epoch: NOW });
    expect(await checkTotp(SECRET, code, NOW, STEP)).toEqual({
      outcome: "replayed",
      timeStep: STEP,
    });
    const previous = await generate({ secret: SECRET, epoch: NOW - 30 });
    expect((await checkTotp(SECRET, previous, NOW, STEP)).outcome).toBe("replayed");
    const next = await generate({ secret: SECRET, epoch: NOW + 30 });
    expect(await checkTotp(SECRET, next, NOW, STEP)).toEqual({
      outcome: "valid",
      timeStep: STEP + 1,
    });
  });

  it("treats malformed codes as wrong instead of throwing", async () => {
    for (const code of ["", "12345", "1234567", "12a456", " 050471"]) {
      expect(await checkTotp(SECRET, code, NOW, null)).toEqual({ outcome: "invalid" });
    }
  });
});

describe("newTotpEnrollment", () => {
  it("makes a 160-bit base32 secret, its otpauth URI and an SVG QR code", async () => {
    const enrollment = await newTotpEnrollment("Atrium", "ada@example.com");
    expect(enrollment.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(enrollment.uri);
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(enrollment.secret);
    expect(uri.searchParams.get("issuer")).toBe("Atrium");
    expect(enrollment.qrCode).toMatch(/^<svg [^>]*viewBox/);
    const again = await newTotpEnrollment("Atrium", "ada@example.com");
    expect(again.secret).not.toBe(enrollment.secret);
  });
});

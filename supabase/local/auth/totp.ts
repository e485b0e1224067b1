// TOTP factors per RFC 6238 through otplib (SHA-1, 6 digits, 30 s steps, as GoTrue's pquerna/otp
// settings): new secrets, the otpauth:// URI and its QR code, and checking a code once.
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/** GoTrue's totp.ValidateOpts: a 30 s period and one step of clock skew either way. */
export const TOTP_PERIOD_SECONDS = 30;
const SKEW_STEPS = 1;

export interface TotpEnrollment {
  secret: string;
  uri: string;
  /** A bare `<svg …>` document; auth-js turns it into a `data:image/svg+xml` URI itself. */
  qrCode: string;
}

/**
 * A fresh 160-bit base32 secret with its otpauth:// URI (`issuer:account` label) and QR code.
 * @example const { secret, uri, qrCode } = await newTotpEnrollment("example.com", "a@b.co");
 */
export async function newTotpEnrollment(issuer: string, account: string): Promise<TotpEnrollment> {
  const secret = generateSecret({ length: 20 });
  const uri = generateURI({ issuer, label: account, secret });
  // GoTrue encodes its QR codes at the highest error correction level (qr.H).
  const qrCode = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "H" });
  return { secret, uri, qrCode };
}

export type TotpCheck =
  | { outcome: "valid"; timeStep: number }
  | { outcome: "invalid" }
  /** Right code, but its time step was already accepted for this factor. */
  | { outcome: "replayed"; timeStep: number };

/**
 * Checks a code at `epochSeconds` within ±1 step. `lastUsedStep` is the step this factor last
 * accepted: a code for that step or an earlier one is a replay, even inside the window.
 * @example await checkTotp(secret, "123456", Date.now() / 1000, null) // { outcome: "valid", timeStep }
 */
export async function checkTotp(
  secret: string,
  code: string,
  epochSeconds: number,
  lastUsedStep: number | null,
): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) {
    return { outcome: "invalid" };
  }
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(epochSeconds),
    epochTolerance: SKEW_STEPS * TOTP_PERIOD_SECONDS,
  });
  // The result type spans HOTP too; a valid TOTP result always carries its time step.
  if (!result.valid || !("timeStep" in result)) {
    return { outcome: "invalid" };
  }
  if (lastUsedStep !== null && result.timeStep <= lastUsedStep) {
    return { outcome: "replayed", timeStep: result.timeStep };
  }
  return { outcome: "valid", timeStep: result.timeStep };
}

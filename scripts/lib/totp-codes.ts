// The current TOTP codes of a user's verified factors, read from auth.mfa_factors, so a demo
// staff login can pass its second step without an authenticator app (`npm run totp -- <email>`).
import { generate } from "otplib";
import type postgres from "postgres";

const PERIOD_SECONDS = 30;

export interface CurrentCode {
  factorId: string;
  friendlyName: string;
  code: string;
  /** Seconds until this code's 30 s step ends. */
  secondsLeft: number;
}

/**
 * The code each verified TOTP factor of `email` shows at `nowSeconds`, oldest factor first.
 * @example const [first] = await currentTotpCodes(sql, "admin@atrium.test");
 */
export async function currentTotpCodes(
  sql: postgres.Sql,
  email: string,
  nowSeconds = Date.now() / 1000,
): Promise<CurrentCode[]> {
  const factors = await sql<{ id: string; friendly_name: string | null; secret: string }[]>`
    select f.id, f.friendly_name, f.secret
    from auth.mfa_factors f join auth.users u on u.id = f.user_id
    where lower(u.email) = ${email.trim().toLowerCase()} and f.factor_type = 'totp'
      and f.status = 'verified' and f.secret is not null
    order by f.created_at, f.id`;
  const epoch = Math.floor(nowSeconds);
  return Promise.all(
    factors.map(async (factor) => ({
      factorId: factor.id,
      friendlyName: factor.friendly_name ?? "",
      code: await generate({ secret: factor.secret, epoch }),
      secondsLeft: PERIOD_SECONDS - (epoch % PERIOD_SECONDS),
    })),
  );
}

/** One printable line per code, e.g. `123456  (factor "Phone", 17 s left)`. */
export function describeCodes(email: string, codes: CurrentCode[]): string[] {
  if (codes.length === 0) {
    return [];
  }
  return [
    `TOTP codes for ${email}:`,
    ...codes.map(
      (entry) =>
        `  ${entry.code}  (factor ${JSON.stringify(entry.friendlyName || entry.factorId)}, ${entry.secondsLeft} s left)`,
    ),
  ];
}

// Data of a browser test's own for the storage journeys: staff logins and the checksum of what
// a browser downloaded (their company and project come from company-project.ts).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { generateSecret } from "otplib";
import type postgres from "postgres";
import { addVerifiedTotpFactor, createAuthUser } from "../../../supabase/seed/auth-users";
import { DEMO_PASSWORD } from "../../../supabase/seed/demo-data";

/**
 * A staff login with the demo password and an authenticator app of its own (its own factor, so
 * its codes never clash with another login's), written as the seed writes staff.
 */
export async function createStaffLogin(
  sql: postgres.Sql,
  email: string,
  fullName: string,
  role: "team" | "admin",
): Promise<string> {
  const id = await createAuthUser(sql, {
    email,
    password: DEMO_PASSWORD,
    userMetadata: { full_name: fullName },
    appMetadata: { atrium_role: role },
  });
  await addVerifiedTotpFactor(sql, id, generateSecret(), "Test authenticator");
  return id;
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The checksum of the file the browser saved for a download event. */
export async function downloadedSha256(download: Download): Promise<string> {
  const file = await download.path();
  return sha256(await readFile(file));
}

// `npm run totp -- <email>`: prints the current TOTP code of each verified factor of a local user,
// for signing in to a demo staff account. Reads the running `npm run dev` database (or
// DATABASE_URL); when no database runs, starts the embedded one for the lookup.
import net from "node:net";
import postgres from "postgres";
import { parseLocalEnv } from "../supabase/local/env";
import { LOCAL_PASSWORD } from "../supabase/local/postgres";
import { runScript, withDatabase } from "./lib/local-database";
import { currentTotpCodes, describeCodes } from "./lib/totp-codes";

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function lookUp(sql: postgres.Sql, email: string): Promise<string[]> {
  return describeCodes(email, await currentTotpCodes(sql, email));
}

await runScript(async () => {
  const email = process.argv[2]?.trim();
  if (!email) {
    throw new Error("Usage: npm run totp -- <email>");
  }
  const env = parseLocalEnv(process.env);
  let lines: string[];
  const runningUrl = env.DATABASE_URL
    ? env.DATABASE_URL
    : (await isListening(env.ATRIUM_DB_PORT))
      ? `postgresql://postgres:${LOCAL_PASSWORD}@127.0.0.1:${env.ATRIUM_DB_PORT}/postgres`
      : undefined;
  if (runningUrl) {
    const sql = postgres(runningUrl, { max: 1, onnotice: () => {} });
    try {
      lines = await lookUp(sql, email);
    } finally {
      await sql.end();
    }
  } else {
    lines = await withDatabase(
      env,
      () => {},
      (sql) => lookUp(sql, email),
    );
  }
  if (lines.length === 0) {
    throw new Error(
      `${email} has no verified TOTP factor. Enroll one in the admin (scan the QR code), then run this again.`,
    );
  }
  console.log(lines.join("\n"));
});

// Every local process reads its settings through a zod schema: a bad value stops it with one line
// naming the variable, and a port set by hand is told apart from its default.
import { describe, expect, it } from "vitest";
import { parseLocalEnv } from "../../../supabase/local/env";
import { loadFunctionsConfig } from "../../../supabase/local/functions/config";
import { loadMailboxConfig } from "../../../supabase/local/mailbox/config";
import { EnvError } from "../../../supabase/local/parse-env";
import { parseRealtimeConfig } from "../../../supabase/local/realtime/config";
import { parseStorageConfig } from "../../../supabase/local/storage/config";

function failure(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("expected the settings to be refused");
}

const context = (env: Record<string, string>) => ({
  apiUrl: "http://127.0.0.1:1",
  keys: { anonKey: "a", serviceRoleKey: "s", publishableKey: "p", secretKey: "k", jwtSecret: "j" },
  databaseUrl: () => "postgresql://x@127.0.0.1/postgres",
  env,
  log: () => {},
});

describe("parseLocalEnv", () => {
  it("refuses bad values in one line naming each variable", () => {
    const message = failure(() =>
      parseLocalEnv({ ATRIUM_API_PORT: "70000", JWT_SECRET: "short", PORTAL_URL: "nope" }),
    );
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toMatch(/^environment: bad configuration: /);
    expect(message).toContain("ATRIUM_API_PORT: ");
    expect(message).toContain("JWT_SECRET: must be at least 32 characters");
    expect(message).toContain("PORTAL_URL: ");
  });

  it("gives defaults, and tells a chosen app port from a default one", () => {
    const env = parseLocalEnv({ ATRIUM_ADMIN_PORT: "6100", RESEND_BASE_URL: "" });
    expect(env.ATRIUM_API_PORT).toBe(54321);
    expect(env.ATRIUM_LOCAL_DIR).toBe(".local");
    expect(env.ATRIUM_ADMIN_PORT).toEqual({ port: 6100, isChosen: true });
    expect(env.ATRIUM_PORTAL_PORT).toEqual({ port: 5174, isChosen: false });
    // An empty value means unset, as `RESEND_BASE_URL=` in a shell does.
    expect(env.RESEND_BASE_URL).toBeUndefined();
  });
});

describe("component settings", () => {
  it("each component names its bad variable on one line", () => {
    const cases: [() => unknown, RegExp][] = [
      [() => loadMailboxConfig({ ATRIUM_MAILBOX_PORT: "-1" }), /^mailbox: .*ATRIUM_MAILBOX_PORT: /],
      [
        () => loadMailboxConfig({ MAILBOX_WEBHOOK_URL: "http://127.0.0.1:1/hook" }),
        /^mailbox: bad configuration: MAILBOX_WEBHOOK_SECRET: required with MAILBOX_WEBHOOK_URL$/,
      ],
      [() => parseRealtimeConfig({ REALTIME_IDLE_STOP_MS: "soon" }), /^realtime: .*REALTIME_IDLE/],
      [() => parseStorageConfig({ FILE_SIZE_LIMIT: "big" }, "j"), /^storage: .*FILE_SIZE_LIMIT: /],
      [
        () => loadFunctionsConfig(context({ FUNCTIONS_TIMEOUT_MS: "0" })),
        /^functions: .*FUNCTIONS_TIMEOUT_MS: /,
      ],
    ];
    for (const [parse, expected] of cases) {
      const message = failure(parse);
      expect(message).toMatch(expected);
      expect(message).not.toContain("\n");
    }
  });

  it("the mailbox port is chosen only when set", () => {
    expect(loadMailboxConfig({})).toMatchObject({ port: 54324, isPortChosen: false });
    expect(loadMailboxConfig({ ATRIUM_MAILBOX_PORT: "0" })).toMatchObject({
      port: 0,
      isPortChosen: true,
    });
  });

  it("no function skips JWT verification unless the env says so, as on hosted", () => {
    expect([...loadFunctionsConfig(context({})).noVerifyJwt]).toEqual([]);
    const opted = loadFunctionsConfig(context({ FUNCTIONS_NO_VERIFY_JWT: "hook, webhook" }));
    expect([...opted.noVerifyJwt]).toEqual(["hook", "webhook"]);
  });
});

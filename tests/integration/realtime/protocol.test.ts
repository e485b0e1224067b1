// The Phoenix wire protocol of /realtime/v1/websocket, spoken with raw frames: join replies,
// heartbeats, refused joins and sockets, in both serialisations realtime-js knows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signJwt } from "../../../supabase/local/keys";
import { startTestStack, TEST_JWT_SECRET, type TestStack } from "../../support/stack";
import { RawSocket } from "./raw-socket";

let stack: TestStack;
const sockets: RawSocket[] = [];

async function open(vsn: "1.0.0" | "2.0.0" = "1.0.0", apikey = stack.keys.anonKey) {
  const socket = await RawSocket.open(stack.url, apikey, vsn);
  sockets.push(socket);
  return socket;
}

const projects = { event: "*", schema: "public", table: "projects" };

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  for (const socket of sockets) {
    socket.close();
  }
  await stack.stop();
});

describe("vsn 1.0.0 (JSON objects)", () => {
  it("replies to a join with the bindings echoed, numeric ids, then the system message", async () => {
    const socket = await open();
    const joined = await socket.join("realtime:watch", "1", {
      config: {
        broadcast: { ack: false, self: false },
        presence: { key: "", enabled: false },
        postgres_changes: [
          projects,
          { event: "INSERT", schema: "public", table: "projects", filter: "name=eq.Alpha" },
        ],
        private: false,
      },
    });
    expect(joined).toMatchObject({
      topic: "realtime:watch",
      join_ref: "1",
      payload: { status: "ok" },
    });
    const bindings = (joined.payload.response as { postgres_changes: Record<string, unknown>[] })
      .postgres_changes;
    expect(bindings).toHaveLength(2);
    expect(bindings[0]).toEqual({ ...projects, id: expect.any(Number) });
    expect(bindings[0]).not.toHaveProperty("filter");
    expect(bindings[1]).toMatchObject({ filter: "name=eq.Alpha", id: expect.any(Number) });
    const system = await socket.next((frame) => frame.event === "system");
    expect(system.payload).toEqual({
      extension: "postgres_changes",
      status: "ok",
      message: "Subscribed to PostgreSQL",
      channel: "watch",
    });
  });

  it("pushes a change with ids, typed record and Postgres type names in columns", async () => {
    const socket = await open("1.0.0", stack.keys.serviceRoleKey);
    const joined = await socket.join("realtime:shape", "1", {
      config: { postgres_changes: [{ event: "INSERT", schema: "public", table: "companies" }] },
    });
    const [binding] = (joined.payload.response as { postgres_changes: Array<{ id: number }> })
      .postgres_changes;
    const [company] = await stack.db.owner<{ id: string }[]>`
      insert into public.companies (name, website) values ('Shape Ltd', null) returning id`;
    const change = await socket.next((frame) => frame.event === "postgres_changes");
    expect(change).toMatchObject({ topic: "realtime:shape", ref: null, join_ref: "1" });
    const data = change.payload.data as Record<string, unknown>;
    expect(change.payload.ids).toEqual([binding?.id]);
    expect(data).toMatchObject({
      schema: "public",
      table: "companies",
      type: "INSERT",
      errors: null,
      record: { id: company?.id, name: "Shape Ltd", website: null, status: "lead" },
    });
    expect(data).not.toHaveProperty("old_record");
    expect(data.commit_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const columns = data.columns as Array<{ name: string; type: string }>;
    expect(columns).toContainEqual({ name: "id", type: "uuid" });
    expect(columns).toContainEqual({ name: "name", type: "text" });
    expect(columns).toContainEqual({ name: "status", type: "company_status" });
    expect(columns).toContainEqual({ name: "created_at", type: "timestamptz" });
  });

  it("answers heartbeats on topic phoenix", async () => {
    const socket = await open();
    socket.send({ topic: "phoenix", event: "heartbeat", payload: {}, ref: "7" });
    const answer = await socket.replyTo("7");
    expect(answer).toMatchObject({ topic: "phoenix", payload: { status: "ok", response: {} } });
  });

  it("refuses a join on an unknown table", async () => {
    const socket = await open();
    const answer = await socket.join("realtime:nope", "1", {
      config: { postgres_changes: [{ event: "*", schema: "public", table: "no_such_table" }] },
    });
    expect(answer.payload.status).toBe("error");
    expect(String((answer.payload.response as { reason: string }).reason)).toMatch(
      /^RealtimeDisabledForConfiguration: .*no such table/,
    );
  });

  it("refuses a join with a malformed filter, an unknown operator or column, or a bad value", async () => {
    const socket = await open();
    const filters = ["name", "name=like.A%", "nope=eq.1", "id=eq.not-a-uuid"];
    for (const [index, filter] of filters.entries()) {
      const ref = String(index + 1);
      const answer = await socket.join(`realtime:bad-${index}`, ref, {
        config: { postgres_changes: [{ ...projects, filter }] },
      });
      expect([filter, answer.payload.status]).toEqual([filter, "error"]);
    }
  });

  it("refuses a join whose token is not signed with the project secret, or has expired", async () => {
    const socket = await open();
    const forged = await signJwt(
      "another-secret-with-at-least-32-characters!",
      { role: "authenticated", sub: "x" },
      60,
    );
    expect(
      (await socket.join("realtime:a", "1", { config: {}, access_token: forged })).payload,
    ).toEqual({
      status: "error",
      response: { reason: "JwtSignatureError: Failed to validate JWT signature" },
    });
    const expired = await signJwt(TEST_JWT_SECRET, { role: "authenticated", sub: "x" }, -10);
    const answer = await socket.join("realtime:b", "2", { config: {}, access_token: expired });
    expect(answer.payload.status).toBe("error");
    expect(String((answer.payload.response as { reason: string }).reason)).toMatch(
      /^InvalidJWTToken: Token has expired \d+ seconds ago$/,
    );
  });

  it("refuses the socket itself when the apikey does not verify", async () => {
    await expect(open("1.0.0", "not-a-key")).rejects.toThrow("HTTP 403");
    const forged = await signJwt(
      "another-secret-with-at-least-32-characters!",
      { role: "anon" },
      60,
    );
    await expect(open("1.0.0", forged)).rejects.toThrow("HTTP 403");
  });

  it("accepts the opaque publishable key as the anon key", async () => {
    const socket = await open("1.0.0", stack.keys.publishableKey);
    expect((await socket.join("realtime:p", "1", { config: {} })).payload).toEqual({
      status: "ok",
      response: { postgres_changes: [] },
    });
  });

  it("replies ok to phx_leave, then treats the topic as unmatched", async () => {
    const socket = await open();
    await socket.join("realtime:l", "1", { config: {} });
    socket.send({ topic: "realtime:l", event: "phx_leave", ref: "2", join_ref: "1", payload: {} });
    expect((await socket.replyTo("2")).payload).toEqual({ status: "ok", response: {} });
    socket.send({ topic: "realtime:l", event: "broadcast", ref: "3", join_ref: "1", payload: {} });
    expect((await socket.replyTo("3")).payload).toEqual({
      status: "error",
      response: { reason: "unmatched topic" },
    });
  });
});

describe("vsn 2.0.0 (JSON arrays)", () => {
  it("replies to joins and heartbeats as arrays", async () => {
    const socket = await open("2.0.0");
    const joined = await socket.join("realtime:arr", "1", {
      config: { postgres_changes: [projects] },
    });
    expect(joined).toMatchObject({
      join_ref: "1",
      topic: "realtime:arr",
      payload: { status: "ok" },
    });
    socket.send({ topic: "phoenix", event: "heartbeat", payload: {}, ref: "2" });
    expect((await socket.replyTo("2")).payload).toEqual({ status: "ok", response: {} });
  });
});

// The admin's audit log and email outbox through supabase-js, as each role: the two invoker views
// (audit_entries, outbox_emails) and the two staff RPCs (retry_notification, send_test_email).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sampleData } from "../../../admin/src/resources/email-templates/sample-data";
import { startTestStack, type TestStack } from "../../support/stack";
import { demoStaffLogin, staffToken } from "../../support/staff-session";

const world = inject("demoWorld");
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
});
afterAll(() => stack.stop());

const asUser = async (userId: string) => stack.client(await stack.userToken(userId));
/** Staff as the admin gets them: signed in with password and authenticator code (aal2). */
const asStaff = async (who: "team" | "admin") =>
  stack.client(await staffToken(stack, demoStaffLogin(who)));

/** A queued email put in the `failed` state the outbox leaves a permanent failure in. */
async function failedEmail(key: string): Promise<string> {
  const [row] = await stack.db.owner<{ id: string }[]>`
    insert into public.notifications
      (recipient_email, template_key, data, idempotency_key, status, attempts, last_error)
    values ('gone@example.test', 'request.approved', '{}', ${key}, 'failed', 8, '500 boom')
    returning id`;
  if (!row) {
    throw new Error("no row");
  }
  return row.id;
}

/**
 * Reads `view` as a client (no rows, no error) and as anon (42501), and answers anon's reply: the
 * views are for staff, and a client's token must not turn into a permission error either.
 */
async function clientSeesNothingAnonRefused(
  view: "audit_entries" | "outbox_emails",
  userId: string,
) {
  const client = await asUser(userId);
  const { data, error } = await client.from(view).select("id");
  expect(error).toBeNull();
  expect(data).toEqual([]);
  const anon = await stack.client().from(view).select("id");
  expect(anon.error).toMatchObject({ code: "42501" });
  return anon;
}

describe("audit_entries", () => {
  it("shows staff an edit with its actor's name and only the changed fields", async () => {
    const team = await asStaff("team");
    const { error: editError } = await team
      .from("companies")
      .update({ industry: "Shipping" })
      .eq("id", world.companies.globex);
    expect(editError).toBeNull();

    const { data, error } = await team
      .from("audit_entries")
      .select(
        "action, actor_name, actor_email, changed_fields, old:old_row->>industry, new:new_row->>industry",
      )
      .eq("table_name", "companies")
      .eq("record_id", world.companies.globex)
      .eq("action", "update")
      .order("id", { ascending: false })
      .limit(1);
    expect(error).toBeNull();
    expect(data).toEqual([
      {
        action: "update",
        actor_name: "Tomas Team",
        actor_email: "team@atrium.test",
        changed_fields: ["industry", "updated_at"],
        old: expect.not.stringMatching(/^Shipping$/),
        new: "Shipping",
      },
    ]);
  });

  it("filters by the actor's name, as the audit page does", async () => {
    const admin = await asStaff("admin");
    const { data, error } = await admin
      .from("audit_entries")
      .select("actor_name")
      .ilike("actor_name", "%ada%")
      .limit(5);
    expect(error).toBeNull();
    expect(data?.length).toBeGreaterThan(0);
    expect(new Set(data?.map((row) => row.actor_name))).toEqual(new Set(["Ada Admin"]));
  });

  it("shows a client nothing and refuses anon", async () => {
    const anon = await clientSeesNothingAnonRefused("audit_entries", world.users.clientA);
    expect(anon.status).toBe(401);
  });
});

describe("outbox_emails", () => {
  it("names each email's recipient and the record it is about", async () => {
    const team = await asStaff("team");
    const { data, error } = await team
      .from("outbox_emails")
      .select("template_key, request_id, recipient_name")
      .eq("request_id", world.requests.approved);
    expect(error).toBeNull();
    expect(data?.map((row) => row.template_key)).toContain("request.approved");
    for (const row of data ?? []) {
      expect(row.request_id).toBe(world.requests.approved);
    }
  });

  it("shows a client nothing and refuses anon", async () => {
    await clientSeesNothingAnonRefused("outbox_emails", world.users.clientB);
  });
});

describe("rpc retry_notification", () => {
  it("puts a failed email back in the queue for staff, and the audit log names who", async () => {
    const id = await failedEmail("views-test:retry");
    const team = await asStaff("team");
    const { data, error } = await team
      .rpc("retry_notification", { notification_id: id })
      .select("status, attempts, last_error")
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ status: "queued", attempts: 0, last_error: "500 boom" });

    const { data: audit } = await team
      .from("audit_entries")
      .select("action, actor_name, changed_fields, old:old_row->>status, new:new_row->>status")
      .eq("table_name", "notifications")
      .eq("record_id", id);
    expect(audit).toEqual([
      {
        action: "update",
        actor_name: "Tomas Team",
        changed_fields: ["attempts", "next_attempt_at", "status"],
        old: "failed",
        new: "queued",
      },
    ]);
  });

  it("refuses an email that has not failed, in the function's words", async () => {
    const team = await asStaff("team");
    const queued = world.notifications[1];
    const { data, error } = await team.rpc("retry_notification", { notification_id: queued });
    expect(data).toBeNull();
    expect(error).toMatchObject({ code: "P0001", message: "Only a failed email can be retried" });
    const [row] = await stack.db
      .owner`select status from public.notifications where id = ${queued ?? ""}`;
    expect(row?.status).not.toBe("failed");
  });

  it("refuses clients and anon and leaves the row failed", async () => {
    const id = await failedEmail("views-test:refused");
    const client = await asUser(world.users.clientA);
    const asClient = await client.rpc("retry_notification", { notification_id: id });
    expect(asClient.error).toMatchObject({
      code: "42501",
      message: "Only staff may retry an email",
    });
    expect(asClient.status).toBe(403);
    const asAnon = await stack.client().rpc("retry_notification", { notification_id: id });
    expect(asAnon.error).toMatchObject({ code: "42501" });
    expect(asAnon.status).toBe(401);
    const [row] = await stack.db.owner`select status from public.notifications where id = ${id}`;
    expect(row?.status).toBe("failed");
  });
});

describe("rpc send_test_email", () => {
  it("queues the template to the signed-in staff member with the sample data", async () => {
    const admin = await asStaff("admin");
    const { data, error } = await admin
      .rpc("send_test_email", {
        template_key: "beta.granted",
        template_locale: "fr",
        sample: sampleData,
      })
      .select(
        "id, recipient_email, recipient_profile_id, template_key, locale, status, queued_by, data",
      )
      .single();
    expect(error).toBeNull();
    expect(data).toMatchObject({
      recipient_email: "admin@atrium.test",
      recipient_profile_id: world.users.admin,
      template_key: "beta.granted",
      locale: "fr",
      status: "queued",
      queued_by: world.users.admin,
      data: { ...sampleData },
    });
    const { data: listed } = await admin
      .from("outbox_emails")
      .select("queued_by_name, recipient_name")
      .eq("id", data?.id)
      .single();
    expect(listed).toEqual({ queued_by_name: "Ada Admin", recipient_name: "Ada Admin" });
  });

  it("answers a missing template and bad sample data with a 4xx", async () => {
    const team = await asStaff("team");
    const missing = await team.rpc("send_test_email", {
      template_key: "no.such",
      template_locale: "en",
      sample: {},
    });
    expect(missing.status).toBe(400);
    expect(missing.error).toMatchObject({
      code: "P0001",
      message: "There is no template no.such in en",
    });
    const list = await team.rpc("send_test_email", {
      template_key: "beta.granted",
      template_locale: "en",
      sample: [1, 2],
    });
    expect(list.status).toBe(400);
    expect(list.error).toMatchObject({ code: "22023" });
  });

  it("refuses clients and anon and queues nothing", async () => {
    const [before] = await stack.db.owner`select count(*)::int as n from public.notifications`;
    const client = await asUser(world.users.clientB);
    const args = { template_key: "beta.granted", template_locale: "en", sample: {} };
    const asClient = await client.rpc("send_test_email", args);
    expect(asClient.error).toMatchObject({
      code: "42501",
      message: "Only staff may send a test email",
    });
    const asAnon = await stack.client().rpc("send_test_email", args);
    expect(asAnon.error).toMatchObject({ code: "42501" });
    const [after] = await stack.db.owner`select count(*)::int as n from public.notifications`;
    expect(after?.n).toBe(before?.n);
  });
});

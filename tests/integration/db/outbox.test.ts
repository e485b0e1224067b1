// The outbox's database side: which events enqueue which email, exactly once, in the
// recipient's language, and the claim / complete / fail steps the sender calls.
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { renderTemplate } from "../../../db/email/render";
import { emailLinks } from "../../../supabase/functions/_shared/email-links";
import { asCaller, type Caller } from "../../support/as-role";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const world = inject("demoWorld");
let db: TestDatabase;
let api: postgres.Sql;
let owner: postgres.Sql;
const service: Caller = { role: "service_role" };

beforeAll(async () => {
  db = await createTestDatabase("atrium_seeded");
  api = db.api;
  owner = db.owner;
});
afterAll(() => db.drop());

async function outboxLines(where = "true") {
  const rows = await owner.unsafe(
    `select template_key || ' ' || recipient_email || ' ' || locale as line
     from notifications where ${where} order by 1`,
  );
  return rows.map((row) => String(row.line));
}

describe("what enqueues", () => {
  it("the demo's events queued exactly the expected emails, in each recipient's language", async () => {
    expect(await outboxLines()).toEqual([
      "beta.granted bruno@globex.test fr",
      "beta.granted clara@northwind.test en",
      "project.update bruno@globex.test fr",
      "project.update clara@northwind.test en",
      "request.approved andy@approved.test en",
      // One per staff member for each of the three applicants who confirmed.
      ...Array(3).fill("request.confirmed admin@atrium.test en"),
      ...Array(3).fill("request.confirmed team@atrium.test en"),
      "request.rejected rita@rejected.test en",
    ]);
    const [rejected] =
      await owner`select data from notifications where template_key = 'request.rejected'`;
    expect(rejected?.data).toMatchObject({
      recipient_name: "Rita Rejected",
      reason: "Not a fit for our services",
    });
  });

  it("never queues the same email twice when the event repeats", async () => {
    const update = world.updates[0] ?? "";
    const before = (await outboxLines("template_key = 'project.update'")).length;
    await owner`update project_updates set visibility = 'internal' where id = ${update}`;
    await owner`update project_updates set visibility = 'client' where id = ${update}`;
    expect((await outboxLines("template_key = 'project.update'")).length).toBe(before);
  });

  it("mails every client of a company granted beta access, skipping bounced addresses", async () => {
    const [extra] = await owner`
      select id from profiles where email = 'connie@confirmed.test'`;
    await owner`update profiles set company_id = ${world.companies.northwind} where id = ${extra?.id}`;
    await owner`update profiles set email_bounced_at = now() where id = ${world.users.clientA}`;
    await owner`insert into beta_access (product_id, company_id) values (${world.products.insights}, ${world.companies.northwind})`;
    const lines = await outboxLines("template_key = 'beta.granted'");
    expect(lines).toEqual([
      "beta.granted bruno@globex.test fr",
      "beta.granted clara@northwind.test en",
      "beta.granted connie@confirmed.test en",
    ]);
    await owner`update profiles set email_bounced_at = null where id = ${world.users.clientA}`;
  });

  it("queues each reminder once, however often reminders run", async () => {
    await owner`update signup_requests set submitted_at = now() - interval '25 hours' where id = ${world.requests.pending}`;
    const first = await asCaller(api, service, (tx) => tx`select enqueue_reminders() as made`, {
      commit: true,
    });
    const second = await asCaller(api, service, (tx) => tx`select enqueue_reminders() as made`, {
      commit: true,
    });
    expect(first.ok && first.value[0]?.made).toBe(1);
    expect(second.ok && second.value[0]?.made).toBe(0);
    expect(await outboxLines("template_key = 'request.reminder'")).toEqual([
      "request.reminder pat@prospect.test en",
    ]);

    await owner`update signup_requests set confirmed_at = now() - interval '49 hours' where id = ${world.requests.confirmed}`;
    await asCaller(api, service, (tx) => tx`select enqueue_reminders()`, { commit: true });
    expect(await outboxLines("template_key = 'request.review_reminder'")).toEqual([
      "request.review_reminder admin@atrium.test en",
      "request.review_reminder team@atrium.test en",
    ]);
  });

  it("has a template for every queued email whose variables the queued data fills", async () => {
    const rows = await owner`
      select n.template_key, n.data, t.subject, t.html, t.text
      from notifications n
      join lateral (
        select * from email_templates t
        where t.key = n.template_key and t.locale in (n.locale, 'en')
        order by (t.locale = n.locale) desc limit 1
      ) t on true`;
    const [queued] = await owner`select count(*)::int as n from notifications`;
    expect(rows.length).toBe(queued?.n);
    for (const row of rows) {
      // The link variables the outbox function adds to every row, as it adds them.
      const data = {
        ...row.data,
        ...emailLinks(row.data, { portalUrl: "http://portal.test", adminUrl: "http://admin.test" }),
      };
      const parts = {
        subject: String(row.subject),
        html: String(row.html),
        text: String(row.text),
      };
      expect(() => renderTemplate(parts, data), row.template_key).not.toThrow();
    }
  });
});

describe("claiming and finishing", () => {
  it("gives two concurrent workers disjoint rows, counted as one attempt each", async () => {
    const claim = () =>
      asCaller(
        api,
        service,
        (tx) => tx`select id, status, attempts from claim_notifications(4, 60)`,
        {
          commit: true,
        },
      );
    const [a, b] = await Promise.all([claim(), claim()]);
    const idsA = a.ok ? a.value.map((row) => row.id) : [];
    const idsB = b.ok ? b.value.map((row) => row.id) : [];
    expect(idsA.length + idsB.length).toBe(8);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect(a.ok && a.value.every((row) => row.status === "sending" && row.attempts === 1)).toBe(
      true,
    );
  });

  it("marks sent, retries later, or fails for good, as told", async () => {
    const [one, two, three] = await owner`
      update notifications set status = 'sending', next_attempt_at = now() + interval '1 minute'
      where id in (select id from notifications where status = 'queued' order by id limit 3)
      returning id`;
    await asCaller(
      api,
      service,
      async (tx) => {
        await tx`select complete_notification(${one?.id}, 'msg_1')`;
        await tx`select fail_notification(${two?.id}, '429 rate limited', now() + interval '30 seconds')`;
        await tx`select fail_notification(${three?.id}, '422 invalid recipient', null)`;
      },
      { commit: true },
    );
    const rows = await owner`
      select id, status, provider_message_id, last_error, sent_at is not null as sent,
             next_attempt_at > now() + interval '20 seconds' as later
      from notifications where id in (${one?.id}, ${two?.id}, ${three?.id})`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(one?.id)).toMatchObject({
      status: "sent",
      provider_message_id: "msg_1",
      sent: true,
    });
    expect(byId.get(two?.id)).toMatchObject({
      status: "queued",
      last_error: "429 rate limited",
      later: true,
    });
    expect(byId.get(three?.id)).toMatchObject({
      status: "failed",
      last_error: "422 invalid recipient",
    });
  });

  it("takes back a row whose worker died mid-send, and gives up after the last attempt", async () => {
    const [stuck] = await owner`
      update notifications set status = 'sending', attempts = 2, last_error = null,
             next_attempt_at = now() - interval '1 second'
      where id = (select id from notifications where status = 'queued' order by id limit 1) returning id`;
    const again = await asCaller(
      api,
      service,
      (tx) => tx`select id, attempts from claim_notifications(500, 60)`,
      {
        commit: true,
      },
    );
    expect(again.ok && again.value.find((row) => row.id === stuck?.id)).toEqual({
      id: stuck?.id,
      attempts: 3,
    });

    await owner`update notifications set attempts = 8, next_attempt_at = now() - interval '1 second' where id = ${stuck?.id}`;
    await asCaller(api, service, (tx) => tx`select claim_notifications(1, 60)`, { commit: true });
    const [row] = await owner`select status, last_error from notifications where id = ${stuck?.id}`;
    expect(row).toEqual({ status: "failed", last_error: "(gave up after 8 attempts)" });
  });

  it("flags a bounced address on the profile and the contact", async () => {
    const [sent] = await owner`
      insert into notifications (recipient_email, recipient_profile_id, template_key, idempotency_key, status, provider_message_id)
      values ('bruno@globex.test', ${world.users.clientB}, 'project.update', 'bounce-test', 'sent', 'msg_bounce')
      returning id`;
    const result = await asCaller(
      api,
      service,
      (tx) => tx`select record_email_event('msg_bounce', 'email.bounced')`,
      { commit: true },
    );
    expect(result.ok).toBe(true);
    const [flags] = await owner`
      select (select delivery_status from notifications where id = ${sent?.id}) as delivery,
             (select email_bounced_at is not null from profiles where id = ${world.users.clientB}) as profile,
             (select email_bounced_at is not null from contacts where email = 'bruno@globex.test') as contact`;
    expect(flags).toEqual({ delivery: "bounced", profile: true, contact: true });
  });

  it.each([
    ["anon", { role: "anon" }],
    ["a client", { role: "authenticated", sub: world.users.clientA }],
    ["an admin", { role: "authenticated", sub: world.users.admin, aal: "aal2" }],
  ] as [string, Caller][])("refuses the sender's functions to %s", async (_who, caller) => {
    for (const call of [
      "select claim_notifications()",
      "select enqueue_reminders()",
      "select record_email_event('x', 'email.bounced')",
    ]) {
      const result = await asCaller(api, caller, (tx) => tx.unsafe(call));
      expect(result.ok ? "allowed" : result.error.code).toBe("42501");
    }
  });
});

// The Overview's analytics functions (drizzle/0021_analytics.sql) through supabase-js, as the
// admin calls them, on events and requests placed in March 2020 (before any seeded row), so each
// expected figure is counted by hand from the rows below.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";

const world = inject("demoWorld");
let stack: TestStack;
let superuser: postgres.Sql;

const period = { period_start: "2020-03-01T00:00:00Z", period_end: "2020-03-08T00:00:00Z" };
const at = (day: number, time = "12:00:00") => `2020-03-0${day}T${time}Z`;

const asTeam = async () => stack.client(await stack.userToken(world.users.team, { aal: "aal2" }));

async function insertEvent(
  type: string,
  occurredAt: string,
  who: { anonymousId?: string; profileId?: string },
) {
  await stack.db.owner`
    insert into public.analytics_events (event_type, anonymous_id, profile_id, occurred_at)
    values (${type}, ${who.anonymousId ?? null}, ${who.profileId ?? null}, ${occurredAt})`;
}

/** Rewrites a seeded request's dates and status with triggers off (the status guard included). */
async function placeRequest(
  id: string,
  values: { status?: string; submitted?: string; confirmed?: string; reviewed?: string },
) {
  await superuser.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`
      update public.signup_requests set
        status = coalesce(${values.status ?? null}::public.signup_status, status),
        submitted_at = coalesce(${values.submitted ?? null}::timestamptz, submitted_at),
        confirmed_at = coalesce(${values.confirmed ?? null}::timestamptz, confirmed_at),
        reviewed_at = coalesce(${values.reviewed ?? null}::timestamptz, reviewed_at)
      where id = ${id}`;
  });
}

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
  superuser = postgres(stack.db.superuserUrl, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await superuser.end();
  await stack.stop();
});

describe("request approved", () => {
  it("is recorded by the database when staff approve, and not when they reject", async () => {
    const team = await asTeam();
    const approve = await team
      .from("signup_requests")
      .update({ status: "approved" })
      .eq("id", world.requests.confirmed);
    expect(approve.error).toBeNull();
    const recorded = await stack.db.owner`
      select event_type, profile_id from public.analytics_events
      where metadata ->> 'request_id' = ${world.requests.confirmed}`;
    expect(recorded).toEqual([
      { event_type: "request.approved", profile_id: world.users.confirmed },
    ]);

    const reject = await team
      .from("signup_requests")
      .update({ status: "rejected", rejection_reason: "Out of scope" })
      .eq("id", world.requests.pending);
    expect(reject.error).toBeNull();
    const [none] = await stack.db.owner`
      select count(*)::int as n from public.analytics_events
      where metadata ->> 'request_id' = ${world.requests.pending}`;
    expect(none?.n).toBe(0);
  });
});

describe("analytics_funnel", () => {
  beforeAll(async () => {
    // Visits: a (twice), b, c, d; e before the period; f at its end (excluded).
    for (const [visitor, day] of [
      ["a", 1],
      ["a", 2],
      ["b", 2],
      ["c", 3],
      ["d", 7],
    ] as const) {
      await insertEvent("page.view", at(day), { anonymousId: `visitor-${visitor}` });
    }
    await insertEvent("page.view", "2020-02-29T23:59:59Z", { anonymousId: "visitor-e" });
    await insertEvent("page.view", period.period_end, { anonymousId: "visitor-f" });
    // Started: a (twice), b, c. Submitted: a, b.
    for (const visitor of ["a", "a", "b", "c"]) {
      await insertEvent("signup.started", at(3), { anonymousId: `visitor-${visitor}` });
    }
    for (const visitor of ["a", "b"]) {
      await insertEvent("signup.submitted", at(3), { anonymousId: `visitor-${visitor}` });
    }
    // Confirmed: two people; approved: one.
    await insertEvent("email.confirmed", at(4), { profileId: world.users.approved });
    await insertEvent("email.confirmed", at(4), { profileId: world.users.rejected });
    await insertEvent("request.approved", at(5), { profileId: world.users.approved });
    // Active: the approved person signs in first on the 6th (twice); client B signed in long
    // before the period, so their sign-in on the 6th is not a first one.
    await insertEvent("portal.login", at(6), { profileId: world.users.approved });
    await insertEvent("portal.login", at(6, "13:00:00"), { profileId: world.users.approved });
    await insertEvent("portal.login", "2019-12-01T00:00:00Z", { profileId: world.users.clientB });
    await insertEvent("portal.login", at(6), { profileId: world.users.clientB });
  });

  it("counts distinct people per step and the conversion from the step before", async () => {
    const { data, error } = await (await asTeam()).rpc("analytics_funnel", period);
    expect(error).toBeNull();
    expect(data).toEqual([
      { step: 1, step_key: "visit", people: 4, conversion: null },
      { step: 2, step_key: "started", people: 3, conversion: 75 },
      { step: 3, step_key: "submitted", people: 2, conversion: 66.7 },
      { step: 4, step_key: "confirmed", people: 2, conversion: 100 },
      { step: 5, step_key: "approved", people: 1, conversion: 50 },
      { step: 6, step_key: "active", people: 1, conversion: 100 },
    ]);
  });

  it("answers zeros and no conversion for a period without events", async () => {
    const quiet = { period_start: "2001-01-01T00:00:00Z", period_end: "2001-02-01T00:00:00Z" };
    const { data } = await (await asTeam()).rpc("analytics_funnel", quiet);
    expect(data?.map((row: { people: number }) => row.people)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(data?.map((row: { conversion: number | null }) => row.conversion)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("refuses a period that ends before it starts with a 400", async () => {
    const backwards = { period_start: period.period_end, period_end: period.period_start };
    const { error, status } = await (await asTeam()).rpc("analytics_funnel", backwards);
    expect([status, error?.code, error?.message]).toEqual([
      400,
      "22023",
      "The period must end after it starts",
    ]);
  });

  it("refuses a client and a team member without their second factor", async () => {
    for (const token of [
      await stack.userToken(world.users.clientA),
      await stack.userToken(world.users.team, { aal: "aal1" }),
    ]) {
      const { data, error } = await stack.client(token).rpc("analytics_funnel", period);
      expect([data, error?.code]).toEqual([null, "42501"]);
    }
    const anon = await stack.client().rpc("analytics_funnel", period);
    expect([anon.data, anon.error?.code]).toEqual([null, "42501"]);
  });
});

describe("analytics_signups_per_day and analytics_time_to_review", () => {
  beforeAll(async () => {
    const { requests } = world;
    // Submitted: two on the 2nd, one on the 4th, one exactly at the period's end (excluded).
    await placeRequest(requests.pending, { submitted: at(2, "10:00:00") });
    await placeRequest(requests.confirmed, { submitted: at(2, "23:59:59") });
    await placeRequest(requests.approved, { submitted: at(4, "00:00:00") });
    await placeRequest(requests.rejected, { submitted: period.period_end });
    // Decided in the period after 2 h, 10 h and 5 h; one decided in February (excluded).
    await placeRequest(requests.approved, {
      confirmed: at(2, "00:00:00"),
      reviewed: at(2, "02:00:00"),
    });
    await placeRequest(requests.rejected, {
      confirmed: at(3, "00:00:00"),
      reviewed: at(3, "10:00:00"),
    });
    await placeRequest(requests.confirmed, {
      status: "approved",
      confirmed: at(4, "00:00:00"),
      reviewed: at(4, "05:00:00"),
    });
    await placeRequest(requests.pending, {
      status: "approved",
      confirmed: "2020-02-01T00:00:00Z",
      reviewed: "2020-02-01T01:00:00Z",
    });
  });

  it("counts sign-ups per UTC day, days without one as 0", async () => {
    const { data, error } = await (await asTeam()).rpc("analytics_signups_per_day", period);
    expect(error).toBeNull();
    expect(data).toEqual([
      { day: "2020-03-01", signups: 0 },
      { day: "2020-03-02", signups: 2 },
      { day: "2020-03-03", signups: 0 },
      { day: "2020-03-04", signups: 1 },
      { day: "2020-03-05", signups: 0 },
      { day: "2020-03-06", signups: 0 },
      { day: "2020-03-07", signups: 0 },
    ]);
  });

  it("gives the median hours from confirmation to decision", async () => {
    const { data, error } = await (await asTeam()).rpc("analytics_time_to_review", period);
    expect(error).toBeNull();
    expect(data).toEqual([{ reviewed: 3, median_hours: 5 }]);
    const twoDays = { period_start: at(2, "00:00:00"), period_end: at(4, "00:00:00") };
    const even = await (await asTeam()).rpc("analytics_time_to_review", twoDays);
    expect(even.data).toEqual([{ reviewed: 2, median_hours: 6 }]);
  });
});

describe("analytics_projects_by_status", () => {
  it("lists every status with the number of projects in it now", async () => {
    const { data, error } = await (await asTeam()).rpc("analytics_projects_by_status");
    expect(error).toBeNull();
    const counted = await stack.db.owner<{ status: string; n: number }[]>`
      select status::text, count(*)::int as n from public.projects group by status`;
    const expected = ["pending", "active", "on_hold", "completed"].map((status) => ({
      status,
      projects: counted.find((row) => row.status === status)?.n ?? 0,
    }));
    expect(data).toEqual(expected);
    expect(expected.reduce((sum, row) => sum + row.projects, 0)).toBeGreaterThan(0);
  });
});

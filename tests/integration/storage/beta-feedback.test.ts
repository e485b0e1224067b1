// Beta feedback and its screenshots through supabase-js as each demo user: a tester writes and
// reads only their own feedback, only on builds a live grant shows them, uploads screenshots only
// into their own folder, and staff read every piece and every screenshot (drizzle/0024).
import type { SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { feedbackRowSelect } from "../../../admin/src/resources/beta/feedback";
import { startTestStack, type TestStack } from "../../support/stack";
import { demoStaffLogin, staffToken } from "../../support/staff-session";
import { nodeClient } from "../../support/supabase-client";

const world = inject("demoWorld");
const { clientA, clientB } = world.users;
let stack: TestStack;
let service: SupabaseClient;
const as: Record<"clientA" | "clientB" | "team", SupabaseClient> = {} as never;

const png = (text: string) => new Blob([`\x89PNG ${text}`], { type: "image/png" });
const shotA = `${clientA}/${world.builds.mobile}/crash.png`;
const mobileApk = `${world.products.mobile}/0.9.0/atrium.apk`;
const rlsRefusal = {
  status: 400,
  statusCode: "403",
  message: "new row violates row-level security policy",
};

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
  service = nodeClient(stack.url, stack.keys.serviceRoleKey);
  as.clientA = stack.client(await stack.userToken(clientA));
  as.clientB = stack.client(await stack.userToken(clientB));
  as.team = stack.client(await staffToken(stack, demoStaffLogin("team")));
  const apk = new Blob(["apk"], { type: "application/vnd.android.package-archive" });
  const build = await service.storage.from("beta-builds").upload(mobileApk, apk);
  expect(build.error).toBeNull();
});
afterAll(() => stack.stop());

/** Clara's live grant for Atrium Mobile, changed by the service role as an admin would. */
async function setMobileGrant(values: { revoked_at?: string | null; expires_at?: string | null }) {
  const { error, count } = await service
    .from("beta_access")
    .update(values, { count: "exact" })
    .eq("product_id", world.products.mobile)
    .eq("profile_id", clientA)
    .is("revoked_at", null);
  expect(error).toBeNull();
  expect(count).toBe(1);
}

describe("a tester's own feedback", () => {
  it("sends feedback with a screenshot in their own folder and reads it back", async () => {
    const upload = await as.clientA.storage.from("beta-feedback").upload(shotA, png("crash"));
    expect(upload.error).toBeNull();
    const sent = await as.clientA.from("beta_feedback").insert({
      build_id: world.builds.mobile,
      rating: 2,
      body: "Crashes on start.",
      screenshot_path: shotA,
    });
    expect(sent.error).toBeNull();
    const { data } = await as.clientA
      .from("beta_feedback")
      .select("profile_id, rating, body, screenshot_path")
      .order("created_at");
    expect(data).toEqual([
      { profile_id: clientA, rating: 4, body: "Love the timeline.", screenshot_path: null },
      { profile_id: clientA, rating: 2, body: "Crashes on start.", screenshot_path: shotA },
    ]);
    const own = await as.clientA.storage.from("beta-feedback").download(shotA);
    expect(await own.data?.text()).toBe("\x89PNG crash");
  });

  it("never shows another tester's feedback or screenshot", async () => {
    const { data } = await as.clientB.from("beta_feedback").select("profile_id, body");
    expect(data).toEqual([{ profile_id: clientB, body: "Exactly what we need." }]);
    const theirs = await as.clientB.storage.from("beta-feedback").download(shotA);
    expect(theirs.error).toMatchObject({ statusCode: "404" });
    expect((await as.clientB.storage.from("beta-feedback").list(clientA)).data).toEqual([]);
  });

  it("refuses feedback on a build without access, for someone else, or with another's file", async () => {
    const noAccess = await as.clientA
      .from("beta_feedback")
      .insert({ build_id: world.builds.insights, rating: 5, body: "Not mine to rate." });
    expect(noAccess.error?.code).toBe("42501");
    const forB = await as.clientA
      .from("beta_feedback")
      .insert({ build_id: world.builds.mobile, rating: 1, body: "As Bruno.", profile_id: clientB });
    expect(forB.error?.code).toBe("42501");
    const othersFile = await as.clientA.from("beta_feedback").insert({
      build_id: world.builds.mobile,
      rating: 3,
      body: "Pointing elsewhere.",
      screenshot_path: `${clientB}/${world.builds.mobile}/x.png`,
    });
    expect(othersFile.error?.code).toBe("23514");
  });

  it("refuses screenshot uploads outside the tester's folder or for a build they cannot see", async () => {
    const bucket = as.clientA.storage.from("beta-feedback");
    const intoB = await bucket.upload(`${clientB}/${world.builds.insights}/x.png`, png("x"));
    expect(intoB.error).toMatchObject(rlsRefusal);
    const unseen = await bucket.upload(`${clientA}/${world.builds.insights}/x.png`, png("x"));
    expect(unseen.error).toMatchObject(rlsRefusal);
    const draft = await bucket.upload(`${clientA}/${world.builds.mobileRc}/x.png`, png("x"));
    expect(draft.error).toMatchObject(rlsRefusal);
    const overwrite = await bucket.upload(shotA, png("again"), { upsert: true });
    expect(overwrite.error).not.toBeNull();
  });
});

describe("staff", () => {
  it("read every tester's feedback and open a screenshot through a signed URL", async () => {
    const { data } = await as.team.from("beta_feedback").select("profile_id").order("created_at");
    expect(new Set(data?.map((row) => row.profile_id))).toEqual(new Set([clientA, clientB]));
    expect(data).toHaveLength(3);
    const signed = await as.team.storage.from("beta-feedback").createSignedUrl(shotA, 60);
    expect(signed.error).toBeNull();
    const response = await fetch(String(signed.data?.signedUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
  });

  it("read a build's feedback with the tester and their company, as the admin's build page does", async () => {
    // profiles and companies are joined by two keys: an unhinted embed is refused (PGRST201),
    // which the build page once showed as "No feedback on this build yet."
    const { data, error } = await as.team
      .from("beta_feedback")
      .select(feedbackRowSelect)
      .eq("build_id", world.builds.mobile)
      .order("created_at", { ascending: false });
    expect(error).toBeNull();
    const northwind = { full_name: "Clara Client", company: { name: "Northwind Traders" } };
    expect(data).toMatchObject([
      { rating: 2, body: "Crashes on start.", screenshot_path: shotA, profile: northwind },
      { rating: 4, body: "Love the timeline.", screenshot_path: null, profile: northwind },
    ]);
  });
});

describe("a grant that is revoked or has expired", () => {
  it.each([
    ["revoked", { revoked_at: new Date().toISOString() }],
    ["expired", { expires_at: new Date(Date.now() - 60_000).toISOString() }],
  ] as const)("when %s, takes away the build, its download and new feedback", async (_, change) => {
    const before = await as.clientA.storage.from("beta-builds").createSignedUrl(mobileApk, 60);
    expect(before.error).toBeNull();
    await setMobileGrant(change);
    try {
      const builds = await as.clientA.from("beta_builds").select("id");
      expect(builds.data).toEqual([]);
      const download = await as.clientA.storage.from("beta-builds").createSignedUrl(mobileApk, 60);
      expect(download.error).not.toBeNull();
      const feedback = await as.clientA
        .from("beta_feedback")
        .insert({ build_id: world.builds.mobile, rating: 3, body: "Still here?" });
      expect(feedback.error?.code).toBe("42501");
      const upload = await as.clientA.storage
        .from("beta-feedback")
        .upload(`${clientA}/${world.builds.mobile}/late.png`, png("late"));
      expect(upload.error).toMatchObject(rlsRefusal);
    } finally {
      const { error } = await service
        .from("beta_access")
        .update({ revoked_at: null, expires_at: null })
        .eq("product_id", world.products.mobile)
        .eq("profile_id", clientA);
      expect(error).toBeNull();
    }
  });
});

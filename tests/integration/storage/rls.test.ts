// Who may do what in each Atrium bucket, through storage-js as each demo user: the policies on
// storage.objects decide, run by the storage service as the caller.
import type { SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";
import { demoStaffLogin, staffToken } from "../../support/staff-session";
import { nodeClient } from "../../support/supabase-client";

const world = inject("demoWorld");
let stack: TestStack;
let service: SupabaseClient;
const as: Record<"anon" | "clientA" | "clientB" | "team", SupabaseClient> = {} as never;

const mobileBuild = `${world.products.mobile}/0.9.0/atrium.apk`;
const insightsBuild = `${world.products.insights}/0.3.0/insights.zip`;
const briefA = `${world.companies.northwind}/${world.projects.websiteA}/client/brief.pdf`;
const internalA = `${world.companies.northwind}/${world.projects.websiteA}/internal/estimate.pdf`;
const reportB = `${world.companies.globex}/${world.projects.platformB}/client/report.pdf`;

const pdf = (text: string) => new Blob([`%PDF ${text}`], { type: "application/pdf" });
const apk = new Blob(["apk bytes"], { type: "application/vnd.android.package-archive" });

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
  service = nodeClient(stack.url, stack.keys.serviceRoleKey);
  as.anon = stack.client();
  as.clientA = stack.client(await stack.userToken(world.users.clientA));
  as.clientB = stack.client(await stack.userToken(world.users.clientB));
  // Staff sign in for real and verify their second factor: staff work needs aal2.
  as.team = stack.client(await staffToken(stack, demoStaffLogin("team")));
  const uploads: [string, string, Blob][] = [
    ["public-media", "logo.png", new Blob(["png"], { type: "image/png" })],
    ["beta-builds", mobileBuild, apk],
    ["beta-builds", insightsBuild, new Blob(["zip"], { type: "application/zip" })],
    ["project-files", briefA, pdf("brief")],
    ["project-files", internalA, pdf("estimate")],
    ["project-files", reportB, pdf("report")],
  ];
  for (const [bucket, name, body] of uploads) {
    const { error } = await service.storage.from(bucket).upload(name, body);
    expect(error).toBeNull();
  }
});
afterAll(() => stack.stop());

async function canRead(client: SupabaseClient, bucket: string, name: string): Promise<boolean> {
  const { data, error } = await client.storage.from(bucket).download(name);
  if (error) {
    expect(error).toMatchObject({ statusCode: "404" });
    return false;
  }
  return (data?.size ?? 0) > 0;
}

const rlsRefusal = {
  status: 400,
  statusCode: "403",
  message: "new row violates row-level security policy",
};

describe("public-media: anyone reads its public URLs, staff list and write", () => {
  it("serves the public URL to a plain fetch without any key", async () => {
    const { data } = as.anon.storage.from("public-media").getPublicUrl("logo.png");
    expect(data.publicUrl).toBe(`${stack.url}/storage/v1/object/public/public-media/logo.png`);
    const response = await fetch(data.publicUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(await response.text()).toBe("png");
    const info = await fetch(`${stack.url}/storage/v1/object/info/public/public-media/logo.png`);
    expect(await info.json()).toMatchObject({ name: "logo.png", size: 3 });
  });

  it("lists the bucket to staff only: anon and clients get an empty list", async () => {
    for (const client of [as.anon, as.clientA, as.clientB]) {
      expect(await client.storage.from("public-media").list()).toEqual({ data: [], error: null });
    }
    const byTeam = await as.team.storage.from("public-media").list();
    expect(byTeam.data?.map((entry) => entry.name)).toEqual(["logo.png"]);
  });

  it("downloads through the API for staff only", async () => {
    expect(await canRead(as.anon, "public-media", "logo.png")).toBe(false);
    expect(await canRead(as.clientA, "public-media", "logo.png")).toBe(false);
    expect(await canRead(as.team, "public-media", "logo.png")).toBe(true);
    const signed = await as.clientA.storage.from("public-media").createSignedUrl("logo.png", 60);
    expect(signed.error).toMatchObject({ statusCode: "404" });
  });

  it("refuses uploads from anon and clients, accepts the team's", async () => {
    const image = () => new Blob(["img"], { type: "image/png" });
    for (const client of [as.anon, as.clientA, as.clientB]) {
      const { error } = await client.storage.from("public-media").upload("banner.png", image());
      expect(error).toMatchObject(rlsRefusal);
    }
    const { error } = await as.team.storage.from("public-media").upload("banner.png", image());
    expect(error).toBeNull();
  });

  it("lets only staff remove: a client's remove deletes nothing", async () => {
    const byClient = await as.clientA.storage.from("public-media").remove(["logo.png"]);
    expect(byClient).toEqual({ data: [], error: null });
    expect(await canRead(as.team, "public-media", "logo.png")).toBe(true);
    const byTeam = await as.team.storage.from("public-media").remove(["banner.png"]);
    expect(byTeam.data?.map((row) => row.name)).toEqual(["banner.png"]);
  });

  it("does not serve a private bucket's object at its public URL", async () => {
    const { data } = as.anon.storage.from("project-files").getPublicUrl(briefA);
    const response = await fetch(data.publicUrl);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: "404", message: "Bucket not found" });
  });
});

describe("beta-builds: grantees read their product's builds, staff write", () => {
  it("lets each client read only builds of products they hold a live grant for", async () => {
    expect(await canRead(as.clientA, "beta-builds", mobileBuild)).toBe(true);
    expect(await canRead(as.clientA, "beta-builds", insightsBuild)).toBe(false);
    expect(await canRead(as.clientB, "beta-builds", insightsBuild)).toBe(true);
    // clientB's own mobile grant was revoked.
    expect(await canRead(as.clientB, "beta-builds", mobileBuild)).toBe(false);
    expect(await canRead(as.anon, "beta-builds", mobileBuild)).toBe(false);
    expect(await canRead(as.team, "beta-builds", insightsBuild)).toBe(true);
  });

  it("lists and signs only what the caller may read", async () => {
    const listed = await as.clientA.storage.from("beta-builds").list(world.products.mobile);
    expect(listed.data?.map((entry) => entry.name)).toEqual(["0.9.0"]);
    const hidden = await as.clientA.storage.from("beta-builds").list(world.products.insights);
    expect(hidden.data).toEqual([]);
    const signed = await as.clientA.storage.from("beta-builds").createSignedUrl(mobileBuild, 60);
    expect(await (await fetch(signed.data?.signedUrl ?? "")).text()).toBe("apk bytes");
    const refused = await as.clientA.storage.from("beta-builds").createSignedUrl(insightsBuild, 60);
    expect(refused.error).toMatchObject({ statusCode: "404" });
  });

  it("refuses a grantee's upload under their own product, accepts the team's", async () => {
    const name = `${world.products.mobile}/1.0.0/atrium.apk`;
    const byClient = await as.clientA.storage.from("beta-builds").upload(name, apk);
    expect(byClient.error).toMatchObject(rlsRefusal);
    const byTeam = await as.team.storage.from("beta-builds").upload(name, apk);
    expect(byTeam.error).toBeNull();
    expect(await canRead(as.clientA, "beta-builds", name)).toBe(true);
  });
});

describe("project-files: the company's clients read client/ files, staff do everything", () => {
  it("lets a client read their company's client files only", async () => {
    expect(await canRead(as.clientA, "project-files", briefA)).toBe(true);
    expect(await canRead(as.clientA, "project-files", internalA)).toBe(false);
    expect(await canRead(as.clientA, "project-files", reportB)).toBe(false);
    expect(await canRead(as.clientB, "project-files", reportB)).toBe(true);
    expect(await canRead(as.clientB, "project-files", briefA)).toBe(false);
    expect(await canRead(as.anon, "project-files", briefA)).toBe(false);
    expect(await canRead(as.team, "project-files", internalA)).toBe(true);
  });

  it("refuses a client's upload, copy, move and overwrite", async () => {
    const files = as.clientA.storage.from("project-files");
    const folder = `${world.companies.northwind}/${world.projects.websiteA}/client`;
    expect((await files.upload(`${folder}/mine.pdf`, pdf("mine"))).error).toMatchObject(rlsRefusal);
    expect((await files.copy(briefA, `${folder}/copy.pdf`)).error).toMatchObject(rlsRefusal);
    // UPDATE has no policy for clients: the row is not theirs to move, so it is not found.
    expect((await files.move(briefA, `${folder}/moved.pdf`)).error).toMatchObject({
      statusCode: "404",
    });
    expect((await files.upload(briefA, pdf("over"), { upsert: true })).error).toMatchObject({
      statusCode: "403",
    });
    expect(await (await as.team.storage.from("project-files").download(briefA)).data?.text()).toBe(
      "%PDF brief",
    );
  });

  it("lets the team move, copy and remove", async () => {
    const files = as.team.storage.from("project-files");
    const folder = `${world.companies.globex}/${world.projects.platformB}/client`;
    expect((await files.copy(reportB, `${folder}/report-copy.pdf`)).error).toBeNull();
    expect(
      (await files.move(`${folder}/report-copy.pdf`, `${folder}/report-2.pdf`)).error,
    ).toBeNull();
    expect(await canRead(as.clientB, "project-files", `${folder}/report-2.pdf`)).toBe(true);
    const removed = await files.remove([`${folder}/report-2.pdf`]);
    expect(removed.data?.map((row) => row.name)).toEqual([`${folder}/report-2.pdf`]);
  });
});

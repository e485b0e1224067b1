// Demo beta programme: products in every status, grants (to a person, to a company, revoked,
// expired), an invite code, published and unpublished builds, and feedback.
import * as schema from "../../db/schema";
import type { DemoUsers } from "./people";
import { insertNamed, type SeedTx } from "./seed-context";

/** Inserts the products and everything that hangs off them. */
export async function seedBeta(tx: SeedTx, users: DemoUsers, companies: { globex: string }) {
  const { admin, clientA, clientB } = users;
  const products = await insertNamed(tx, schema.products, {
    mobile: {
      slug: "atrium-mobile",
      name: "Atrium Mobile",
      description: "Follow your projects on the go.",
      status: "beta",
    },
    insights: {
      slug: "insights",
      name: "Insights",
      description: "Dashboards over your project data.",
      status: "beta",
    },
    labs: { slug: "labs", name: "Labs", description: "Experiments, staff only.", status: "draft" },
  });
  const grants = await tx
    .insert(schema.betaAccess)
    .values([
      { product_id: products.mobile, profile_id: clientA, granted_by: admin },
      { product_id: products.insights, company_id: companies.globex, granted_by: admin },
      {
        product_id: products.mobile,
        profile_id: clientB,
        granted_by: admin,
        revoked_at: "2026-11-01T00:00:00Z",
      },
      {
        product_id: products.labs,
        profile_id: clientA,
        granted_by: admin,
        expires_at: "2026-01-01T00:00:00Z",
      },
    ])
    .returning({ id: schema.betaAccess.id });
  const [inviteCode] = await tx
    .insert(schema.betaInviteCodes)
    .values([{ product_id: products.mobile, code: "MOBILE-2026", max_uses: 10, created_by: admin }])
    .returning({ id: schema.betaInviteCodes.id });
  const builds = await insertNamed(tx, schema.betaBuilds, {
    mobile: {
      product_id: products.mobile,
      version: "0.9.0",
      release_notes: "Project timeline and push notifications.",
      // Key in the beta-builds bucket: its first folder is the product id the policy checks.
      storage_path: `${products.mobile}/0.9.0/atrium.apk`,
      published_at: "2026-11-01T09:00:00Z",
    },
    mobileRc: {
      product_id: products.mobile,
      version: "1.0.0-rc1",
      release_notes: "Release candidate.",
    },
    insights: {
      product_id: products.insights,
      version: "0.3.0",
      release_notes: "First dashboards.",
      published_at: "2026-11-10T09:00:00Z",
    },
    labs: { product_id: products.labs, version: "0.0.1", published_at: "2026-10-01T09:00:00Z" },
  });
  const feedback = await tx
    .insert(schema.betaFeedback)
    .values([
      { build_id: builds.mobile, profile_id: clientA, rating: 4, body: "Love the timeline." },
      { build_id: builds.insights, profile_id: clientB, rating: 5, body: "Exactly what we need." },
    ])
    .returning({ id: schema.betaFeedback.id });
  return {
    products,
    grants: grants.map((row) => row.id),
    inviteCode: inviteCode?.id,
    builds,
    feedback: feedback.map((row) => row.id),
  };
}

// How the beta page orders products and their builds.
import type { BetaBuild, Product } from "@db/schema/beta";
import { describe, expect, it } from "vitest";
import { groupBuilds } from "../../../portal/src/pages/beta/group-builds";

const stamp = "2026-10-01T00:00:00+00:00";

function product(id: string, name: string): Product {
  return {
    id,
    slug: name.toLowerCase().replace(/\s+/g, "-"),
    name,
    description: null,
    status: "beta",
    created_at: stamp,
    updated_at: stamp,
  };
}

function build(productId: string, version: string, publishedAt: string | null): BetaBuild {
  return {
    id: `${productId}-${version}`,
    product_id: productId,
    version,
    release_notes: null,
    storage_path: null,
    published_at: publishedAt,
    created_at: stamp,
  };
}

describe("groupBuilds", () => {
  const mobile = product("p1", "Atrium Mobile");
  const insights = product("p2", "Insights");

  it("lists products by name, each with its own builds, newest publication first", () => {
    const grouped = groupBuilds(
      [insights, mobile],
      [
        build("p1", "0.8.0", "2026-10-01T09:00:00+00:00"),
        build("p2", "0.3.0", "2026-11-10T09:00:00+00:00"),
        build("p1", "0.9.0", "2026-11-01T09:00:00+00:00"),
      ],
    );
    expect(
      grouped.map((entry) => [entry.product.name, entry.builds.map((b) => b.version)]),
    ).toEqual([
      ["Atrium Mobile", ["0.9.0", "0.8.0"]],
      ["Insights", ["0.3.0"]],
    ]);
  });

  it("keeps a product without builds, puts undated builds last and ignores strays", () => {
    const grouped = groupBuilds(
      [mobile, insights],
      [
        build("p1", "1.0.0-rc1", null),
        build("p1", "0.9.0", "2026-11-01T09:00:00+00:00"),
        build("p9", "9.9.9", "2026-11-20T09:00:00+00:00"),
      ],
    );
    expect(grouped[0]?.builds.map((b) => b.version)).toEqual(["0.9.0", "1.0.0-rc1"]);
    expect(grouped[1]).toEqual({ product: insights, builds: [] });
  });

  it("leaves the caller's arrays in their order", () => {
    const products = [insights, mobile];
    groupBuilds(products, []);
    expect(products.map((p) => p.name)).toEqual(["Insights", "Atrium Mobile"]);
  });
});

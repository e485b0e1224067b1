// Puts each build under its product for the beta page: products by name, builds newest first.
import type { BetaBuild, Product } from "@db/schema/beta";

export type ProductBuilds = {
  product: Product;
  builds: BetaBuild[];
};

/** Newest publication first; builds without a date (staff-only drafts) go last. */
function byPublicationDesc(a: BetaBuild, b: BetaBuild): number {
  const at = (build: BetaBuild) => (build.published_at ? Date.parse(build.published_at) : -1);
  return at(b) - at(a) || b.version.localeCompare(a.version);
}

/**
 * Groups builds by product; a product without builds still appears, with none.
 * @example groupBuilds([mobile], [build]) // [{ product: mobile, builds: [build] }]
 */
export function groupBuilds(products: Product[], builds: BetaBuild[]): ProductBuilds[] {
  return [...products]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((product) => ({
      product,
      builds: builds.filter((build) => build.product_id === product.id).sort(byPublicationDesc),
    }));
}

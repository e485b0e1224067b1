// How a page's status reads in the admin, and when a save publishes a page (which asks first:
// a published page is public, readable without signing in).
import { type PageStatus, pageStatuses } from "@db/schema/pages";

export const pageStatusLabels: Record<PageStatus, { label: string; color: string }> = {
  draft: { label: "Draft", color: "default" },
  published: { label: "Published", color: "green" },
};

export const pageStatusOptions = pageStatuses.map((value) => ({
  value,
  label: pageStatusLabels[value].label,
}));

/**
 * A save publishes when it moves a page (or a new one, `saved` undefined) to published.
 * @example isPublishing("draft", "published") // true
 * @example isPublishing("published", "published") // false: it already is
 */
export function isPublishing(saved: PageStatus | undefined, next: PageStatus | undefined): boolean {
  return next === "published" && saved !== "published";
}

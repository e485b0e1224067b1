// How a CMS page's status reads, and when a save publishes a page (which asks first: a
// published page is public, readable without signing in).
import type { PageStatus } from "../schema/pages";
import { pageStatuses } from "../schema/values";
import { type StatusLook, statusOptions } from "./look";

export const pageStatusLabels: Record<PageStatus, StatusLook> = {
  draft: { label: "Draft", color: "default" },
  published: { label: "Published", color: "green" },
};

export const pageStatusOptions = statusOptions(pageStatuses, pageStatusLabels);

/**
 * A save publishes when it moves a page (or a new one, `saved` undefined) to published.
 * @example isPublishing("draft", "published") // true
 * @example isPublishing("published", "published") // false: it already is
 */
export function isPublishing(saved: PageStatus | undefined, next: PageStatus | undefined): boolean {
  return next === "published" && saved !== "published";
}

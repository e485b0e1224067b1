// Whether clients with access can download a build: only once its publication time has come.
import type { BetaBuild } from "@db/schema/beta";

/**
 * @example isBuildPublished({ published_at: null }, new Date()) // false
 */
export function isBuildPublished(build: Pick<BetaBuild, "published_at">, now: Date): boolean {
  return build.published_at !== null && new Date(build.published_at).getTime() <= now.getTime();
}

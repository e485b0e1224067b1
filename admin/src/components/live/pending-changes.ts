// Which live changes a list has not shown yet, and how to say so. A row already on screen that
// changed is "changed"; a row not on screen that now belongs in the list is "new"; the rest is
// none of the list's business. Kept pure so the rules are unit-tested.
import { type AdminKey, englishAdminT } from "../../i18n";

export type PendingKind = "new" | "changed";

/** Live changes not yet shown, by row id. */
export type PendingChanges = ReadonlyMap<string, PendingKind>;

export interface LiveChange {
  type: string;
  record: Readonly<Record<string, unknown>>;
}

/**
 * @param isShown whether the row is on the page the user is looking at.
 * @param belongs whether the row, as it is now, belongs in the list (its tab, its search).
 * @returns the pending changes with this one counted (the same map when it does not count).
 */
export function addLiveChange(
  pending: PendingChanges,
  change: LiveChange,
  isShown: (id: string) => boolean,
  belongs: (record: LiveChange["record"]) => boolean,
): PendingChanges {
  const id = change.record.id;
  // Deletes arrive without the row (refine passes the new record, which a delete lacks).
  if ((typeof id !== "string" && typeof id !== "number") || change.type === "deleted") {
    return pending;
  }
  const key = String(id);
  const kind: PendingKind | undefined = isShown(key)
    ? "changed"
    : belongs(change.record)
      ? "new"
      : undefined;
  if (!kind || pending.get(key) === "new") {
    return pending;
  }
  return new Map(pending).set(key, kind);
}

/** @example pendingText(changes, "request", "requests") === "2 new requests, 1 changed" */
export function pendingText(
  pending: PendingChanges,
  one: string,
  many: string,
  t: (key: AdminKey, params?: Record<string, string | number>) => string = englishAdminT,
): string {
  let added = 0;
  let changed = 0;
  for (const kind of pending.values()) {
    if (kind === "new") {
      added += 1;
    } else {
      changed += 1;
    }
  }
  const parts: string[] = [];
  if (added > 0) {
    parts.push(t("admin.components.live.added", { count: added, noun: added === 1 ? one : many }));
  }
  if (changed > 0) {
    parts.push(
      added > 0
        ? t("admin.components.live.changed", { count: changed })
        : t("admin.components.live.nounChanged", {
            count: changed,
            noun: changed === 1 ? one : many,
          }),
    );
  }
  return parts.join(", ");
}

// Whether a request, as a live change shows it, belongs in the queue the user is looking at:
// the tab's status, and the search as PostgREST's `ilike "%text%"` reads it (case-insensitive).

/** The columns the queue's search box looks in. */
export const queueSearchFields = ["company_name", "full_name", "email"] as const;

/** @param tab a status, or "all". */
export function belongsToQueue(
  record: Readonly<Record<string, unknown>>,
  tab: string,
  searchText: string,
): boolean {
  if (tab !== "all" && record.status !== tab) {
    return false;
  }
  const text = searchText.trim().toLowerCase();
  if (!text) {
    return true;
  }
  return queueSearchFields.some((field) => {
    const value = record[field];
    return typeof value === "string" && value.toLowerCase().includes(text);
  });
}

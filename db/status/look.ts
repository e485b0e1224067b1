// The shape every status word shares: the word a screen or an email shows, and its tag colour
// (an antd preset name, so both apps colour a status alike).
export interface StatusLook {
  label: string;
  color: string;
}

/**
 * The words alone, keyed by status value: what the apps' English dictionaries take from here.
 * @example labelsOf(pageStatusLabels) // { draft: "Draft", published: "Published" }
 */
export function labelsOf<S extends string>(looks: Record<S, StatusLook>): Record<S, string> {
  return Object.fromEntries(
    Object.entries<StatusLook>(looks).map(([value, look]) => [value, look.label]),
  ) as Record<S, string>;
}

/**
 * Select or filter options for an enum, in the enum's own order.
 * @example statusOptions(["draft", "published"], pageStatusLabels) // [{ value: "draft", label: "Draft" }, …]
 */
export function statusOptions<S extends string>(
  values: readonly S[],
  looks: Record<S, StatusLook>,
): { value: S; label: string }[] {
  return values.map((value) => ({ value, label: looks[value].label }));
}

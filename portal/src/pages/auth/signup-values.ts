// What the sign-up form adds to what the person typed: where the visit came from (utm_*
// parameters) and the language to write to them in.

/** The utm_* parameters of the page address, as the request's `utm`. */
export function utmFrom(search: string): Record<string, string> {
  const utm: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (/^utm_[a-z]+$/.test(key) && value) {
      utm[key] = value.slice(0, 200);
    }
  }
  return utm;
}

/** The portal's two languages; anything else reads English. */
export function preferredLocale(languages: readonly string[]): "en" | "fr" {
  return languages[0]?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

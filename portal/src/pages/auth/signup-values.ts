// What the sign-up form adds to what the person typed: where the visit came from (utm_*
// parameters).

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

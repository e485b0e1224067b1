// What makes two companies or two contacts the same for an import: a company's web domain
// (`https://www.acme.com/about` and `acme.com` are one company), a contact's email, without case.

/**
 * @example domainOf("https://www.Acme.com/about") // "acme.com"
 * @example domainOf("acme.com") // "acme.com"
 */
export function domainOf(website: unknown): string | null {
  if (typeof website !== "string" || website.trim() === "") {
    return null;
  }
  const text = website.trim();
  try {
    const { hostname } = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** @example emailKey(" Ada@Example.com ") // "ada@example.com" */
export function emailKey(email: unknown): string | null {
  return typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase() : null;
}

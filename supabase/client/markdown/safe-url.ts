// Which addresses a rendered page may link to or load: a CMS body is typed by staff but read by
// everyone, so `javascript:`, `data:` and other schemes never reach an href or a src.

const allowedLinkSchemes = new Set(["http:", "https:", "mailto:"]);

/**
 * The link's address when it is http(s), mailto or relative (`/x`, `#x`, `x`), else null.
 * @example safeHref("javascript:alert(1)") // null
 * @example safeHref("/p/about") // "/p/about"
 */
export function safeHref(raw: string): string | null {
  // Browsers drop control characters and spaces inside a scheme (`java\tscript:`), so do we
  // before deciding what the scheme is.
  const url = raw.trim();
  const squashed = Array.from(url)
    .filter((char) => char.charCodeAt(0) > 0x20 && char.charCodeAt(0) !== 0x7f)
    .join("");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squashed)?.[1];
  if (scheme === undefined) {
    // No scheme, but `//host` is another site with the page's own scheme: still a link out, fine;
    // a backslash start is read as `//` by browsers, so refuse that oddity.
    return squashed.startsWith("\\") ? null : url;
  }
  return allowedLinkSchemes.has(`${scheme.toLowerCase()}:`) ? url : null;
}

/**
 * The image's address when it lies under one of `allowedPrefixes` (the public-media bucket's
 * public URL), else null.
 * @example safeImageSrc("https://x/storage/v1/object/public/public-media/a.png", ["https://x/storage/v1/object/public/public-media/"])
 */
export function safeImageSrc(raw: string, allowedPrefixes: readonly string[]): string | null {
  let url: URL;
  try {
    // The URL parser resolves `..` and `%2e%2e` as the browser will, so the prefix check below
    // sees the address that is really fetched.
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return null;
  }
  return allowedPrefixes.some((prefix) => url.href.startsWith(prefix)) ? url.href : null;
}

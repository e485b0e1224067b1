// Markdown for an image picked from the media library.

/**
 * The image's markdown, its alt text taken from the file name.
 * @example imageMarkdown("https://x/storage/v1/object/public/public-media/a-hero.png", "a-hero.png")
 *   // "![a hero](https://x/storage/v1/object/public/public-media/a-hero.png)"
 */
export function imageMarkdown(url: string, fileName: string): string {
  const alt = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[-_]+/g, " ")
    .replace(/[[\]\\]/g, "")
    .trim();
  return `![${alt}](${url.replaceAll(" ", "%20").replaceAll(")", "%29")})`;
}

/**
 * `text` with `snippet` added as its own paragraph at the end.
 * @example appendBlock("Intro", "![a](u)") // "Intro\n\n![a](u)"
 */
export function appendBlock(text: string | null | undefined, snippet: string): string {
  const current = (text ?? "").replace(/\s+$/, "");
  return current === "" ? snippet : `${current}\n\n${snippet}`;
}

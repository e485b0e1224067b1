// The block part of the CMS's Markdown subset: headings, paragraphs, fenced code, quotes, lists
// and rules, line by line. Anything else is a paragraph of text, never HTML.
import { type Inline, parseInline } from "./parse-inline";

export type Block =
  | { type: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "code"; value: string }
  | { type: "quote"; children: Block[] }
  | { type: "list"; isOrdered: boolean; start: number; items: Block[][] }
  | { type: "rule" };

const heading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const rule = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const quote = /^ {0,3}> ?(.*)$/;
const bullet = /^ {0,3}([-*+])[ \t]+(.*)$/;
const numbered = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;

const isBlank = (line: string) => line.trim() === "";

/** Does `line` start a block other than a paragraph (so a paragraph ends before it)? */
function startsBlock(line: string): boolean {
  return [heading, fence, rule, quote, bullet, numbered].some((pattern) => pattern.test(line));
}

/** The lines of one list item: its first line, then lines indented under it or lazily following. */
function takeItem(lines: readonly string[], from: number, first: string) {
  const body = [first];
  let i = from + 1;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (isBlank(line)) {
      // A blank line ends the item unless the next line is indented under it.
      if (/^ {2,}\S/.test(lines[i + 1] ?? "")) {
        body.push("");
        i += 1;
        continue;
      }
      break;
    }
    if (/^ {2,}/.test(line)) {
      body.push(line.replace(/^ {2,4}/, ""));
    } else if (bullet.test(line) || numbered.test(line) || startsBlock(line)) {
      break;
    } else {
      body.push(line);
    }
    i += 1;
  }
  return { body, next: i };
}

/**
 * Parses a Markdown document into blocks.
 * @example parseMarkdown("# Hi\n\nText") // [{type:"heading",level:1,…},{type:"paragraph",…}]
 */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  return parseLines(lines);
}

function parseLines(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    const headingMatch = heading.exec(line);
    if (headingMatch) {
      const level = (headingMatch[1] ?? "#").length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: "heading", level, children: parseInline(headingMatch[2] ?? "") });
      i += 1;
      continue;
    }
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? "```";
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? "").trimStart().startsWith(marker)) {
        body.push(lines[i] ?? "");
        i += 1;
      }
      blocks.push({ type: "code", value: body.join("\n") });
      i += 1;
      continue;
    }
    if (rule.test(line)) {
      blocks.push({ type: "rule" });
      i += 1;
      continue;
    }
    if (quote.test(line)) {
      const body: string[] = [];
      while (i < lines.length && !isBlank(lines[i] ?? "")) {
        const current = lines[i] ?? "";
        body.push(quote.exec(current)?.[1] ?? current);
        i += 1;
      }
      blocks.push({ type: "quote", children: parseLines(body) });
      continue;
    }
    const listMatch = bullet.exec(line) ?? numbered.exec(line);
    if (listMatch) {
      const isOrdered = numbered.test(line);
      const pattern = isOrdered ? numbered : bullet;
      const items: Block[][] = [];
      while (i < lines.length) {
        const match = pattern.exec(lines[i] ?? "");
        if (!match) {
          break;
        }
        const { body, next } = takeItem(lines, i, match[2] ?? "");
        items.push(parseLines(body));
        i = next;
        // Items separated by one blank line are still one list.
        if (isBlank(lines[i] ?? "x") && pattern.test(lines[i + 1] ?? "")) {
          i += 1;
        }
      }
      const start = isOrdered ? Number(listMatch[1]) : 1;
      blocks.push({ type: "list", isOrdered, start, items });
      continue;
    }
    const body: string[] = [];
    while (
      i < lines.length &&
      !isBlank(lines[i] ?? "") &&
      (body.length === 0 || !startsBlock(lines[i] ?? ""))
    ) {
      body.push(lines[i] ?? "");
      i += 1;
    }
    blocks.push({ type: "paragraph", children: parseInline(body.join("\n").trim()) });
  }
  return blocks;
}

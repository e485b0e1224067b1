// The inline part of the CMS's Markdown subset: `code`, **strong**, *emphasis*, [links](url),
// ![images](url), backslash escapes and hard breaks. Raw HTML is not a construct here: `<b>`
// stays the text "<b>", and React escapes it when it is drawn.

export type Inline =
  | { type: "text"; value: string }
  | { type: "code"; value: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "image"; src: string; alt: string }
  | { type: "break" };

const escapable = /[\\`*_[\]()#+\-.!>~|{}]/;

/** `[label](target)` starting at `open` (the `[`): the label, the target and where it ends. */
function bracketed(
  text: string,
  open: number,
): { label: string; target: string; end: number } | null {
  let depth = 0;
  let close = -1;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\\") {
      i += 1;
    } else if (char === "[") {
      depth += 1;
    } else if (char === "]") {
      depth -= 1;
      if (depth === 0) {
        close = i;
        break;
      }
    }
  }
  if (close < 0 || text[close + 1] !== "(") {
    return null;
  }
  // The address may hold balanced parentheses, as CommonMark allows.
  let end = -1;
  for (let i = close + 2, parens = 0; i < text.length; i += 1) {
    if (text[i] === "(") {
      parens += 1;
    } else if (text[i] === ")") {
      if (parens === 0) {
        end = i;
        break;
      }
      parens -= 1;
    }
  }
  if (end < 0) {
    return null;
  }
  // An optional title after the address (`(url "title")`) is dropped.
  const target =
    text
      .slice(close + 2, end)
      .trim()
      .split(/\s+/)[0] ?? "";
  return { label: text.slice(open + 1, close), target, end: end + 1 };
}

/** Where the closing `delimiter` of an emphasis opened at `from` is, or -1. */
function closingDelimiter(text: string, delimiter: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === "\\") {
      i += 1;
    } else if (text[i] === "`") {
      const end = text.indexOf("`", i + 1);
      if (end < 0) {
        return -1;
      }
      i = end;
    } else if (
      text.startsWith(delimiter, i) &&
      !/\s/.test(text[i - 1] ?? " ") &&
      // `**` closes a strong, not the `*` of an emphasis nested in it.
      (delimiter.length === 2 || text[i + 1] !== delimiter)
    ) {
      return i;
    }
  }
  return -1;
}

/**
 * Parses one block's text into inline nodes.
 * @example parseInline("a **b**") // [{type:"text",value:"a "},{type:"strong",children:[{type:"text",value:"b"}]}]
 */
export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) {
      nodes.push({ type: "text", value: buffer });
      buffer = "";
    }
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    const next = text[i + 1] ?? "";
    if (char === "\\" && next === "\n") {
      flush();
      nodes.push({ type: "break" });
      i += 2;
    } else if (char === "\\" && escapable.test(next)) {
      buffer += next;
      i += 2;
    } else if (char === " " && text.startsWith("  \n", i)) {
      flush();
      nodes.push({ type: "break" });
      i += 3;
    } else if (char === "\n") {
      buffer += " ";
      i += 1;
    } else if (char === "`") {
      const end = text.indexOf("`", i + 1);
      if (end < 0) {
        buffer += char;
        i += 1;
      } else {
        flush();
        nodes.push({ type: "code", value: text.slice(i + 1, end) });
        i = end + 1;
      }
    } else if (char === "!" && next === "[") {
      const found = bracketed(text, i + 1);
      if (found) {
        flush();
        nodes.push({ type: "image", src: found.target, alt: found.label });
        i = found.end;
      } else {
        buffer += char;
        i += 1;
      }
    } else if (char === "[") {
      const found = bracketed(text, i);
      if (found) {
        flush();
        nodes.push({ type: "link", href: found.target, children: parseInline(found.label) });
        i = found.end;
      } else {
        buffer += char;
        i += 1;
      }
    } else if (char === "*" || char === "_") {
      const delimiter = next === char ? char + char : char;
      const start = i + delimiter.length;
      // `_` inside a word (snake_case) is text, as CommonMark has it.
      const isIntraword = char === "_" && /[A-Za-z0-9]/.test(text[i - 1] ?? "");
      const end =
        isIntraword || /\s/.test(text[start] ?? " ")
          ? -1
          : closingDelimiter(text, delimiter, start);
      if (end < 0) {
        buffer += delimiter;
        i = start;
      } else {
        flush();
        const children = parseInline(text.slice(start, end));
        nodes.push(
          delimiter.length === 2 ? { type: "strong", children } : { type: "em", children },
        );
        i = end + delimiter.length;
      }
    } else {
      buffer += char;
      i += 1;
    }
  }
  flush();
  return nodes;
}

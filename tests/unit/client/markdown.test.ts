// The CMS's Markdown subset: what the page editor writes becomes blocks and inline nodes, and
// nothing a body holds can become HTML, a script address or an image from elsewhere.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownView } from "../../../supabase/client/markdown/markdown-view";
import { parseMarkdown } from "../../../supabase/client/markdown/parse-blocks";
import { parseInline } from "../../../supabase/client/markdown/parse-inline";
import { safeHref, safeImageSrc } from "../../../supabase/client/markdown/safe-url";

const media = "https://api.example/storage/v1/object/public/public-media/";

const html = (source: string, headingOffset = 0) =>
  renderToStaticMarkup(
    createElement(MarkdownView, { source, imagePrefixes: [media], headingOffset }),
  );

describe("parseMarkdown", () => {
  it("reads headings, paragraphs, lists, quotes, code and rules", () => {
    const blocks = parseMarkdown(
      "# About\n\nWe build\nsoftware.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n```\n<b>x</b>\n```\n\n---",
    );
    expect(blocks.map((block) => block.type)).toEqual([
      "heading",
      "paragraph",
      "list",
      "list",
      "quote",
      "code",
      "rule",
    ]);
    expect(blocks[1]).toEqual({
      type: "paragraph",
      children: [{ type: "text", value: "We build software." }],
    });
    expect(blocks[2]).toMatchObject({ type: "list", isOrdered: false, items: [[{}], [{}]] });
    expect(blocks[3]).toMatchObject({ type: "list", isOrdered: true, start: 1 });
    expect(blocks[5]).toEqual({ type: "code", value: "<b>x</b>" });
  });

  it("reads the image the media picker appends as its own paragraph", () => {
    const body = `Intro.\n\n![a hero](${media}hero.png)`;
    expect(parseMarkdown(body)[1]).toEqual({
      type: "paragraph",
      children: [{ type: "image", src: `${media}hero.png`, alt: "a hero" }],
    });
  });
});

describe("parseInline", () => {
  it("reads strong, emphasis, code, links and escapes", () => {
    expect(parseInline("a **b** _c_ `d*` [e](/f) \\*g\\* snake_case_name")).toEqual([
      { type: "text", value: "a " },
      { type: "strong", children: [{ type: "text", value: "b" }] },
      { type: "text", value: " " },
      { type: "em", children: [{ type: "text", value: "c" }] },
      { type: "text", value: " " },
      { type: "code", value: "d*" },
      { type: "text", value: " " },
      { type: "link", href: "/f", children: [{ type: "text", value: "e" }] },
      { type: "text", value: " *g* snake_case_name" },
    ]);
  });

  it("leaves an unclosed delimiter as text", () => {
    expect(parseInline("2 * 3 and **open")).toEqual([{ type: "text", value: "2 * 3 and **open" }]);
  });
});

describe("safe addresses", () => {
  it.each([
    ["javascript:alert(1)", null],
    ["JaVa\tScRiPt:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["vbscript:x", null],
    ["\\\\evil.example", null],
    ["https://example.com/a", "https://example.com/a"],
    ["mailto:hi@example.com", "mailto:hi@example.com"],
    ["/p/legal/privacy", "/p/legal/privacy"],
    ["#top", "#top"],
  ])("safeHref(%j) is %j", (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });

  it("loads images only from the allowed prefix, after resolving dot segments", () => {
    expect(safeImageSrc(`${media}a.png`, [media])).toBe(`${media}a.png`);
    expect(safeImageSrc("https://tracker.example/p.gif", [media])).toBeNull();
    expect(safeImageSrc(`${media}../../authenticated/project-files/x`, [media])).toBeNull();
    expect(safeImageSrc(`${media}%2e%2e/%2e%2e/sign/x`, [media])).toBeNull();
    expect(safeImageSrc("javascript:alert(1)", [media])).toBeNull();
  });
});

describe("MarkdownView", () => {
  it("draws HTML in a body as text, never as markup", () => {
    const out = html('<script>alert(1)</script> <img src=x onerror="alert(1)">');
    expect(out).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>",
    );
  });

  it("drops a script link's address but keeps its text", () => {
    expect(html("[click](javascript:alert(1))")).toBe("<p><span>click</span></p>");
  });

  it("draws a media image, and only the description of an image from elsewhere", () => {
    expect(html(`![hero](${media}hero.png) ![pixel](https://tracker.example/p.gif)`)).toBe(
      `<p><img src="${media}hero.png" alt="hero" loading="lazy" style="max-width:100%;height:auto;display:block;border-radius:6px"/> pixel</p>`,
    );
  });

  it("shifts headings under the page's own title", () => {
    expect(html("# About\n\n### Team", 1)).toBe("<h2>About</h2><h4>Team</h4>");
  });

  it("draws tight list items without paragraphs and marks outside links", () => {
    expect(html("- [site](https://example.com)\n- two")).toBe(
      '<ul><li><a href="https://example.com" rel="noopener noreferrer">site</a></li><li>two</li></ul>',
    );
  });
});

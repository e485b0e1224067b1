// Draws a parsed CMS body as React elements: every text goes through React's escaping (no
// dangerouslySetInnerHTML anywhere), links keep only safe addresses, and images load only from
// the allowed prefixes (the public-media bucket). Plain elements, so a light page can use it.
import type { CSSProperties, ReactNode } from "react";
import { surface } from "../ui/surface";
import { type Block, parseMarkdown } from "./parse-blocks";
import type { Inline } from "./parse-inline";
import { safeHref, safeImageSrc } from "./safe-url";

export interface MarkdownViewProps {
  source: string;
  /** Image addresses must start with one of these, e.g. the public-media bucket's public URL. */
  imagePrefixes: readonly string[];
  /**
   * Added to every heading's level: the page's title is its `h1`, so a body's `# About` is
   * drawn as an `h2` and the outline stays one tree.
   */
  headingOffset?: number;
}

const styles = {
  image: { maxWidth: "100%", height: "auto", display: "block", borderRadius: 6 },
  code: { background: surface.subtle, borderRadius: 4, padding: "1px 4px", fontSize: "0.9em" },
  pre: { background: surface.subtle, borderRadius: 6, padding: 12, overflowX: "auto" },
  quote: {
    margin: "0 0 1em",
    paddingLeft: 16,
    borderLeft: `4px solid ${surface.line}`,
    color: surface.muted,
  },
} satisfies Record<string, CSSProperties>;

function renderInline(nodes: readonly Inline[], imagePrefixes: readonly string[]): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${node.type}-${index}`;
    switch (node.type) {
      case "text":
        return node.value;
      case "code":
        return (
          <code key={key} style={styles.code}>
            {node.value}
          </code>
        );
      case "strong":
        return <strong key={key}>{renderInline(node.children, imagePrefixes)}</strong>;
      case "em":
        return <em key={key}>{renderInline(node.children, imagePrefixes)}</em>;
      case "break":
        return <br key={key} />;
      case "link": {
        const href = safeHref(node.href);
        const children = renderInline(node.children, imagePrefixes);
        if (href === null) {
          return <span key={key}>{children}</span>;
        }
        const isExternal = /^(https?:)?\/\//i.test(href);
        return (
          <a key={key} href={href} {...(isExternal ? { rel: "noopener noreferrer" } : {})}>
            {children}
          </a>
        );
      }
      case "image": {
        const src = safeImageSrc(node.src, imagePrefixes);
        // An image from elsewhere is not loaded (no tracking pixels, no mixed content): its
        // description stands in for it.
        return src === null ? (
          node.alt
        ) : (
          <img key={key} src={src} alt={node.alt} loading="lazy" style={styles.image} />
        );
      }
    }
    return null;
  });
}

function renderBlocks(
  blocks: readonly Block[],
  props: Required<Omit<MarkdownViewProps, "source">>,
): ReactNode[] {
  return blocks.map((block, index) => {
    const key = `${block.type}-${index}`;
    switch (block.type) {
      case "heading": {
        const level = Math.min(6, block.level + props.headingOffset);
        const Tag = `h${level}` as "h2";
        return <Tag key={key}>{renderInline(block.children, props.imagePrefixes)}</Tag>;
      }
      case "paragraph":
        return <p key={key}>{renderInline(block.children, props.imagePrefixes)}</p>;
      case "code":
        return (
          <pre key={key} style={styles.pre}>
            <code>{block.value}</code>
          </pre>
        );
      case "quote":
        return (
          <blockquote key={key} style={styles.quote}>
            {renderBlocks(block.children, props)}
          </blockquote>
        );
      case "rule":
        return <hr key={key} />;
      case "list": {
        const items = block.items.map((item, itemIndex) => (
          // Items have no identity beyond their place in the list.
          // biome-ignore lint/suspicious/noArrayIndexKey: a static document, never reordered
          <li key={itemIndex}>{renderItem(item, props)}</li>
        ));
        return block.isOrdered ? (
          <ol key={key} start={block.start}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      }
    }
    return null;
  });
}

/** A one-paragraph list item draws its text without a `<p>` around it, as Markdown's tight lists. */
function renderItem(
  item: readonly Block[],
  props: Required<Omit<MarkdownViewProps, "source">>,
): ReactNode[] {
  const [only] = item;
  return item.length === 1 && only?.type === "paragraph"
    ? renderInline(only.children, props.imagePrefixes)
    : renderBlocks(item, props);
}

/**
 * @example <MarkdownView source={page.body} imagePrefixes={[mediaUrl]} headingOffset={1} />
 */
export function MarkdownView({ source, imagePrefixes, headingOffset = 0 }: MarkdownViewProps) {
  return <>{renderBlocks(parseMarkdown(source), { imagePrefixes, headingOffset })}</>;
}

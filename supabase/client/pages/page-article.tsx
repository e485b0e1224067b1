// A CMS page as the portal shows it: its title and its Markdown body, drawn with plain elements.
// The admin's preview draws the same component, so staff see a draft exactly as visitors will.
import type { Page } from "@db/schema/pages";
import type { CSSProperties } from "react";
import { MarkdownView } from "../markdown/markdown-view";

const styles = {
  article: {
    background: "#fff",
    border: "1px solid #f0f0f0",
    borderRadius: 8,
    padding: "24px 32px",
    color: "rgba(0,0,0,0.88)",
    lineHeight: 1.6,
    fontSize: 16,
  },
  title: { fontSize: 30, fontWeight: 600, lineHeight: 1.25, margin: "0 0 16px" },
} satisfies Record<string, CSSProperties>;

export interface PageArticleProps {
  page: Pick<Page, "title" | "body">;
  /** The public-media bucket's public URL: body images load only from under it. */
  mediaPrefix: string;
}

export function PageArticle({ page, mediaPrefix }: PageArticleProps) {
  return (
    <article style={styles.article}>
      <h1 style={styles.title}>{page.title}</h1>
      <MarkdownView source={page.body} imagePrefixes={[mediaPrefix]} headingOffset={1} />
    </article>
  );
}

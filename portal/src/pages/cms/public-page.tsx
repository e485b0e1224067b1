// A published CMS page at /p/<slug>: its Markdown body with images from public-media, the tab
// titled and described from the page's SEO fields, and a 404 page for a slug that is unknown or
// not published. It is a light page: supabase-js only, no antd or Refine.

import { useT } from "@supabase-client/i18n/locale-context";
import { findPage, mediaPrefixOf, type PageLookup } from "@supabase-client/pages/find-page";
import { PageArticle } from "@supabase-client/pages/page-article";
import { brand } from "@supabase-client/ui/brand";
import { lightStyles } from "@supabase-client/ui/light-form";
import { useCallback, useEffect, useState } from "react";
import { useParams } from "react-router";
import { supabase } from "../../browser-client";
import { NotFound } from "./not-found";
import { useDocumentMeta } from "./use-document-meta";

const mediaPrefix = mediaPrefixOf(supabase);

export function PublicPage() {
  const slug = useParams()["*"] ?? "";
  const [lookup, setLookup] = useState<PageLookup | null>(null);
  const t = useT();

  const load = useCallback(() => {
    let isCurrent = true;
    setLookup(null);
    findPage(supabase, { slug: slug.replace(/\/+$/, "") }).then(
      (result) => isCurrent && setLookup(result),
      (error: unknown) =>
        isCurrent &&
        setLookup({
          state: "failed",
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      isCurrent = false;
    };
  }, [slug]);
  useEffect(load, [load]);

  const page = lookup?.state === "found" ? lookup.page : null;
  useDocumentMeta(
    page
      ? {
          title: t("portal.shell.pageTitle", { title: page.seo_title ?? page.title }),
          description: page.seo_description,
        }
      : null,
  );

  if (lookup === null) {
    return <p style={{ textAlign: "center" }}>{t("common.loading")}</p>;
  }
  if (lookup.state === "missing") {
    return <NotFound />;
  }
  if (lookup.state === "failed") {
    return (
      <section role="alert" style={lightStyles.card}>
        <h1 style={lightStyles.title}>{t("portal.cms.loadFailed")}</h1>
        <p style={lightStyles.muted}>{lookup.message}</p>
        <button type="button" style={lightStyles.secondaryButton} onClick={load}>
          {t("common.tryAgain")}
        </button>
      </section>
    );
  }
  return (
    <>
      {lookup.page.status !== "published" ? (
        // Only staff get a draft back (RLS): say plainly that visitors cannot see it.
        <p role="status" style={{ color: brand.error, fontWeight: 600 }}>
          {t("portal.cms.draft")}
        </p>
      ) : null}
      <PageArticle page={lookup.page} mediaPrefix={mediaPrefix} />
    </>
  );
}

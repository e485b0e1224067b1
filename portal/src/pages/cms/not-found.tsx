// The portal's "page not found": an unknown or unpublished CMS page, with a way back.
import { portalPaths } from "@db/routes/portal";
import { useT } from "@supabase-client/i18n/locale-context";
import { lightStyles } from "@supabase-client/ui/light-form";
import { Link } from "react-router";
import { useDocumentMeta } from "./use-document-meta";

export function NotFound() {
  const t = useT();
  useDocumentMeta({ title: t("portal.shell.pageTitle", { title: t("portal.cms.notFound") }) });
  return (
    <section style={lightStyles.card} aria-labelledby="not-found-title">
      <h1 id="not-found-title" style={lightStyles.title}>
        {t("portal.cms.notFound")}
      </h1>
      <p style={lightStyles.muted}>{t("portal.cms.notFoundText")}</p>
      <Link to={portalPaths.status}>{t("portal.cms.backToPortal")}</Link>
    </section>
  );
}

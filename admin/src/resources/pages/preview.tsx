// A CMS page as the portal will show it, drafts included: staff read drafts (the pages policy
// "members read published pages and staff read all"), so the admin's own session is the preview
// key and nothing is opened to anyone else. Drawn by the same component as the portal's page.
import { adminPath } from "@db/routes/admin";
import { fillPath, publicPagePath } from "@db/routes/portal";
import { findPage, mediaPrefixOf, type PageLookup } from "@supabase-client/pages/find-page";
import { PageArticle } from "@supabase-client/pages/page-article";
import { Alert, Button, Result, Space, Spin } from "antd";
import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

const mediaPrefix = mediaPrefixOf(supabase);

export function PagePreview() {
  const id = useParams().id ?? "";
  const navigate = useNavigate();
  const [lookup, setLookup] = useState<PageLookup | null>(null);
  const t = useAdminT();

  useEffect(() => {
    let isCurrent = true;
    setLookup(null);
    findPage(supabase, { id }).then(
      (result) => isCurrent && setLookup(result),
      (error: unknown) => isCurrent && setLookup({ state: "failed", message: String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [id]);

  const editPath = fillPath(adminPath("pages", "edit"), { id });
  if (lookup === null) {
    return (
      <Space>
        <Spin /> {t("admin.pages.preview.loading")}
      </Space>
    );
  }
  if (lookup.state === "missing") {
    return (
      <Result
        status="404"
        title={t("admin.pages.preview.missing")}
        subTitle={t("admin.pages.preview.missingText")}
        extra={<Link to={adminPath("pages", "list")}>{t("admin.pages.preview.backToList")}</Link>}
      />
    );
  }
  if (lookup.state === "failed") {
    return (
      <Alert
        type="error"
        showIcon
        message={t("admin.pages.preview.failed")}
        description={lookup.message}
      />
    );
  }
  const { page } = lookup;
  const isPublished = page.status === "published";
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%", maxWidth: 760 }}>
      <Alert
        type={isPublished ? "info" : "warning"}
        showIcon
        message={t(isPublished ? "admin.pages.preview.published" : "admin.pages.preview.draft")}
        description={t(
          isPublished ? "admin.pages.preview.publishedText" : "admin.pages.preview.draftText",
          { path: publicPagePath(page.slug) },
        )}
        action={
          <Button size="small" onClick={() => navigate(editPath)}>
            {t("admin.pages.preview.backToEditor")}
          </Button>
        }
      />
      <PageArticle page={page} mediaPrefix={mediaPrefix} />
    </Space>
  );
}

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
import { supabase } from "../../supabase";

const mediaPrefix = mediaPrefixOf(supabase);

export function PagePreview() {
  const id = useParams().id ?? "";
  const navigate = useNavigate();
  const [lookup, setLookup] = useState<PageLookup | null>(null);

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
        <Spin /> Loading the preview…
      </Space>
    );
  }
  if (lookup.state === "missing") {
    return (
      <Result
        status="404"
        title="No such page"
        subTitle="It was deleted, or the link is wrong."
        extra={<Link to={adminPath("pages", "list")}>Back to the pages</Link>}
      />
    );
  }
  if (lookup.state === "failed") {
    return (
      <Alert
        type="error"
        showIcon
        message="The preview could not be loaded"
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
        message={isPublished ? "Preview: published page" : "Preview: draft"}
        description={
          isPublished
            ? `Visitors see this page at ${publicPagePath(page.slug)} on the portal.`
            : `Only staff can see this. Visitors get "Page not found" at ${publicPagePath(page.slug)} until it is published.`
        }
        action={
          <Button size="small" onClick={() => navigate(editPath)}>
            Back to the editor
          </Button>
        }
      />
      <PageArticle page={page} mediaPrefix={mediaPrefix} />
    </Space>
  );
}

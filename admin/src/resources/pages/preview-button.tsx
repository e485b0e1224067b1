// "Preview" on a page's show and edit screens: opens the saved version, drafts included, in a new
// tab as the portal will draw it.
import { EyeOutlined } from "@ant-design/icons";
import { pagePreviewPath } from "@db/routes/admin";
import { Button } from "antd";
import { useAdminT } from "../../i18n";

export function PreviewButton({ pageId }: { pageId: string }) {
  const t = useAdminT();
  return (
    <Button icon={<EyeOutlined />} href={pagePreviewPath(pageId)} target="_blank" rel="noopener">
      {t("admin.pages.preview.button")}
    </Button>
  );
}

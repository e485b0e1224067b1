// The List / Board switch shown on both project pages: two links, so each view has its own URL
// and the browser's back button moves between them.
import { adminPath, projectBoardPath } from "@db/routes/admin";
import { Segmented } from "antd";
import { useLocation, useNavigate } from "react-router";
import { useAdminT } from "../../i18n";

const listPath = adminPath("projects", "list");

export function ProjectViewSwitch() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const t = useAdminT();
  return (
    <Segmented
      aria-label={t("admin.projects.views.label")}
      options={[
        { label: t("admin.projects.views.list"), value: listPath },
        { label: t("admin.projects.views.board"), value: projectBoardPath },
      ]}
      value={pathname === projectBoardPath ? projectBoardPath : listPath}
      onChange={(path) => navigate(path)}
    />
  );
}

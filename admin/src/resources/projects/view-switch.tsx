// The List / Board switch shown on both project pages: two links, so each view has its own URL
// and the browser's back button moves between them.
import { adminPath, projectBoardPath } from "@db/routes/admin";
import { Segmented } from "antd";
import { useLocation, useNavigate } from "react-router";

const views = [
  { label: "List", value: adminPath("projects", "list") },
  { label: "Board", value: projectBoardPath },
];

export function ProjectViewSwitch() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Segmented
      aria-label="Projects view"
      options={views}
      value={pathname === projectBoardPath ? projectBoardPath : views[0]?.value}
      onChange={(path) => navigate(path)}
    />
  );
}

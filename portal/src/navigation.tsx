// The signed-in client's way around the portal; nothing shows before sign-in.
import { useIsAuthenticated } from "@refinedev/core";
import { useT } from "@supabase-client/i18n/locale-context";
import { Menu } from "antd";
import { Link, useLocation } from "react-router";
import { sectionOf, sections } from "./navigation-sections";

export function PortalNavigation() {
  const { data } = useIsAuthenticated();
  const { pathname } = useLocation();
  const t = useT();
  if (!data?.authenticated) {
    return null;
  }
  return (
    <Menu
      mode="horizontal"
      // The entries that do not fit fold under "…", which must open on a tap: phones never hover.
      triggerSubMenuAction="click"
      selectedKeys={[sectionOf(pathname)]}
      style={{ flex: 1, minWidth: 0, borderBottom: "none", marginLeft: 16 }}
      items={sections.map(({ path, entry }) => ({
        key: path,
        label: <Link to={path}>{t(`portal.menu.${entry}`)}</Link>,
      }))}
    />
  );
}

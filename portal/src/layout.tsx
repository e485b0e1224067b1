// The frame around every portal page: a header with the signed-in navigation and a centred
// column, narrow for the forms and wider for the tables of projects and builds.
import { useT } from "@supabase-client/i18n/locale-context";
import { Grid, Layout, Spin, Typography } from "antd";
import { type ReactNode, Suspense } from "react";
import { PortalNavigation } from "./navigation";
import { NotificationBell } from "./pages/notifications/notification-bell";

export function PortalLayout({ width, children }: { width: number; children: ReactNode }) {
  // On a phone the menu needs the header's width more than the tagline and antd's wide padding do.
  const phone = !Grid.useBreakpoint().sm;
  const t = useT();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          background: "#fff",
          borderBottom: "1px solid #e5e7eb",
          display: "flex",
          alignItems: "center",
          paddingInline: phone ? 16 : 50,
        }}
      >
        <span style={{ whiteSpace: "nowrap" }}>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t("portal.shell.brand")}
          </Typography.Text>
          {phone ? null : (
            <Typography.Text type="secondary">{t("portal.shell.tagline")}</Typography.Text>
          )}
        </span>
        <PortalNavigation />
        <NotificationBell />
      </Layout.Header>
      <Layout.Content style={{ padding: "40px 16px" }}>
        <div style={{ maxWidth: width, margin: "0 auto" }}>
          <Suspense fallback={<Spin style={{ display: "block", margin: 48 }} />}>
            {children}
          </Suspense>
        </div>
      </Layout.Content>
    </Layout>
  );
}

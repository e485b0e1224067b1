// The frame around every portal page: a plain header and a centred column.
import { Layout, Typography } from "antd";
import { Outlet } from "react-router";

export function PortalLayout() {
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ background: "#fff", borderBottom: "1px solid #e5e7eb" }}>
        <Typography.Text strong style={{ fontSize: 18 }}>
          Atrium
        </Typography.Text>
        <Typography.Text type="secondary"> client portal</Typography.Text>
      </Layout.Header>
      <Layout.Content style={{ padding: "40px 16px" }}>
        <div style={{ maxWidth: 520, margin: "0 auto" }}>
          <Outlet />
        </div>
      </Layout.Content>
    </Layout>
  );
}

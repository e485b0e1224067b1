// The signed-in client's home: who they are and where their sign-up request stands; a client who
// came by invitation has no request, only their company.
import { portalPaths } from "@db/routes/portal";
import type { Company } from "@db/schema/companies";
import type { SignupRequest } from "@db/schema/signup-requests";
import { useGetIdentity, useList, useLogout } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useFormat, useT } from "@supabase-client/i18n/locale-context";
import { Alert, Button, Card, Descriptions, Skeleton, Space, Typography } from "antd";
import { Link, useLocation } from "react-router";
import { describeRequest } from "./status-copy";

export function StatusPage() {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { data: identity } = useGetIdentity<Identity>();
  const { mutate: logout } = useLogout();
  const t = useT();
  const format = useFormat();
  // RLS returns a client their own request only; staff accounts have none.
  const { result, query } = useList<SignupRequest>({
    resource: "signup_requests",
    pagination: { currentPage: 1, pageSize: 1 },
  });
  const request = result.data[0];
  // RLS shows a client their own company only.
  const { result: companies } = useList<Company>({
    resource: "companies",
    pagination: { currentPage: 1, pageSize: 1 },
    meta: { select: "id,name" },
    queryOptions: { enabled: query.isSuccess && !request },
  });
  const company = companies.data[0];
  const described = request ? describeRequest(t, request) : null;

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {notice ? <Alert type="success" showIcon message={notice} /> : null}
      <Card
        title={
          identity
            ? t("portal.status.hello", { name: identity.name })
            : t("portal.status.helloAnonymous")
        }
        extra={
          <Button type="link" onClick={() => logout()}>
            {t("portal.status.signOut")}
          </Button>
        }
      >
        {query.isLoading ? (
          <Skeleton active />
        ) : query.isError ? (
          <Alert type="error" showIcon message={t("portal.status.loadFailed")} />
        ) : request && described ? (
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Alert
              type={described.tone}
              showIcon
              message={described.title}
              description={described.text}
            />
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t("portal.status.company")}>
                {request.company_name}
              </Descriptions.Item>
              <Descriptions.Item label={t("portal.status.email")}>
                {request.email}
              </Descriptions.Item>
              <Descriptions.Item label={t("portal.status.submitted")}>
                {format.date(request.submitted_at)}
              </Descriptions.Item>
            </Descriptions>
          </Space>
        ) : company ? (
          <Typography.Paragraph>
            {t("portal.status.followCompany", { company: company.name })}{" "}
            {/* Underlined: in a sentence, colour alone does not mark a link. */}
            <Link to={portalPaths.projects} style={{ textDecoration: "underline" }}>
              {t("portal.status.seeProjects")}
            </Link>
          </Typography.Paragraph>
        ) : (
          <Typography.Paragraph type="secondary">
            {t("portal.status.noRequest")}
          </Typography.Paragraph>
        )}
      </Card>
    </Space>
  );
}

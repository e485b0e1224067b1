// One request with everything the applicant told us, where they came from, and who decided.
import type { SignupRequest } from "@db/schema/signup-requests";
import { signupStatusLabels } from "@db/status/signup-requests";
import { Show } from "@refinedev/antd";
import { useShow } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Descriptions, Typography } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { DateTime } from "../../components/list/date-time";
import { AlsoViewing } from "../../components/live/viewers";
import { NotesCard } from "../../components/notes/notes-card";
import { ReviewButtons } from "./review-buttons";

type RequestWithReviewer = SignupRequest & { reviewer: { full_name: string } | null };

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export default function SignupRequestShow() {
  const { result: request, query } = useShow<RequestWithReviewer>({
    meta: { select: "*, reviewer:profiles!reviewed_by(full_name)" },
    // A decision taken by a colleague meanwhile shows at once.
    liveMode: "auto",
  });
  const details = request?.details ?? {};
  const utm = Object.entries(request?.utm ?? {});

  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={request ? request.company_name : "Sign-up request"}
      headerButtons={request ? <ReviewButtons request={request} /> : null}
    >
      {request ? <AlsoViewing topic={`signup-request:${request.id}`} /> : null}
      {request ? (
        <Descriptions column={1} bordered size="middle">
          <Descriptions.Item label="Status">
            <StatusTag look={signupStatusLabels[request.status]} />
          </Descriptions.Item>
          <Descriptions.Item label="Name">{request.full_name}</Descriptions.Item>
          <Descriptions.Item label="Company">{request.company_name}</Descriptions.Item>
          <Descriptions.Item label="Email">{request.email}</Descriptions.Item>
          <Descriptions.Item label="Submitted">
            <DateTime value={request.submitted_at} />
          </Descriptions.Item>
          <Descriptions.Item label="Email confirmed">
            {request.confirmed_at ? <DateTime value={request.confirmed_at} /> : "Not yet"}
          </Descriptions.Item>
          <Descriptions.Item label="Needs">{details.project_type ?? dash}</Descriptions.Item>
          <Descriptions.Item label="Budget">{details.budget ?? dash}</Descriptions.Item>
          <Descriptions.Item label="Message">
            {details.message ? (
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                {details.message}
              </Typography.Paragraph>
            ) : (
              dash
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Source">
            {request.source ?? dash}
            {utm.length > 0 ? ` (${utm.map(([key, value]) => `${key}=${value}`).join(", ")})` : ""}
          </Descriptions.Item>
          {request.reviewed_at ? (
            <Descriptions.Item label="Decided">
              <DateTime value={request.reviewed_at} />
              {request.reviewer ? ` by ${request.reviewer.full_name}` : ""}
            </Descriptions.Item>
          ) : null}
          {request.status === "rejected" ? (
            <Descriptions.Item label="Reason">{request.rejection_reason ?? dash}</Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
      {request ? (
        <div style={{ marginTop: 24 }}>
          <NotesCard subject={{ column: "signup_request_id", id: request.id }} />
        </div>
      ) : null}
    </Show>
  );
}

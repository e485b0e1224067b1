// One request with everything the applicant told us, where they came from, and who decided. A
// decision taken by a colleague meanwhile shows at once.
import type { SignupRequest } from "@db/schema/signup-requests";
import { signupStatusLabels } from "@db/status/signup-requests";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { HistoryCard } from "../../components/history/history-card";
import { DateTime } from "../../components/list/date-time";
import { AlsoViewing } from "../../components/live/viewers";
import { NotesCard } from "../../components/notes/notes-card";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { LongText } from "../../components/show/values";
import { ReviewButtons } from "./review-buttons";

type RequestWithReviewer = SignupRequest & { reviewer: { full_name: string } | null };

/** The source, with its UTM tags when the sign-up link had any. */
function sourceOf(request: SignupRequest): string | null {
  const utm = Object.entries(request.utm ?? {});
  const tags =
    utm.length > 0 ? ` (${utm.map(([key, value]) => `${key}=${value}`).join(", ")})` : "";
  return request.source || tags ? `${request.source ?? ""}${tags}` : null;
}

function Decision({ request }: { request: RequestWithReviewer }) {
  return request.reviewed_at ? (
    <>
      <DateTime value={request.reviewed_at} />
      {request.reviewer ? ` by ${request.reviewer.full_name}` : ""}
    </>
  ) : null;
}

export default function SignupRequestShow() {
  return (
    <ShowPage<RequestWithReviewer>
      select="*, reviewer:profiles!reviewed_by(full_name)"
      isLive
      title={(request) => request.company_name}
      untitled="Sign-up request"
      headerButtons={(request) => <ReviewButtons request={request} />}
    >
      {(request) => (
        <>
          <AlsoViewing topic={`signup-request:${request.id}`} />
          <Details
            items={[
              ["Status", <StatusTag key="status" look={signupStatusLabels[request.status]} />],
              ["Name", request.full_name],
              ["Company", request.company_name],
              ["Email", request.email],
              ["Submitted", <DateTime key="submitted" value={request.submitted_at} />],
              [
                "Email confirmed",
                request.confirmed_at ? (
                  <DateTime key="confirmed" value={request.confirmed_at} />
                ) : (
                  "Not yet"
                ),
              ],
              ["Needs", request.details?.project_type],
              ["Budget", request.details?.budget],
              ["Message", <LongText key="message" value={request.details?.message} />],
              ["Source", sourceOf(request)],
              request.reviewed_at
                ? ["Decided", <Decision key="decided" request={request} />]
                : null,
              request.status === "rejected" ? ["Reason", request.rejection_reason] : null,
            ]}
          />
          <NotesCard subject={{ column: "signup_request_id", id: request.id }} />
          <HistoryCard
            subject={{ table: "signup_requests", id: request.id, emailsBy: "request_id" }}
          />
        </>
      )}
    </ShowPage>
  );
}

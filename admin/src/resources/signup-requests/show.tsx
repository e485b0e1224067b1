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
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
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
  const t = useAdminT();
  return request.reviewed_at ? (
    <>
      <DateTime value={request.reviewed_at} />
      {request.reviewer
        ? t("admin.signupRequests.show.by", { name: request.reviewer.full_name })
        : ""}
    </>
  ) : null;
}

export default function SignupRequestShow() {
  const t = useAdminT();
  const { looks } = useStatusWords();
  const statusLooks = looks("signupRequest", signupStatusLabels);
  return (
    <ShowPage<RequestWithReviewer>
      select="*, reviewer:profiles!reviewed_by(full_name)"
      isLive
      title={(request) => request.company_name}
      untitled={t("admin.signupRequests.show.untitled")}
      headerButtons={(request) => <ReviewButtons request={request} />}
    >
      {(request) => (
        <>
          <AlsoViewing topic={`signup-request:${request.id}`} />
          <Details
            items={[
              [
                t("admin.signupRequests.show.status"),
                <StatusTag key="status" look={statusLooks[request.status]} />,
              ],
              [t("admin.signupRequests.show.name"), request.full_name],
              [t("admin.signupRequests.show.company"), request.company_name],
              [t("admin.signupRequests.show.email"), request.email],
              [
                t("admin.signupRequests.show.submitted"),
                <DateTime key="submitted" value={request.submitted_at} />,
              ],
              [
                t("admin.signupRequests.show.emailConfirmed"),
                request.confirmed_at ? (
                  <DateTime key="confirmed" value={request.confirmed_at} />
                ) : (
                  t("admin.signupRequests.show.notYet")
                ),
              ],
              [t("admin.signupRequests.show.needs"), request.details?.project_type],
              [t("admin.signupRequests.show.budget"), request.details?.budget],
              [
                t("admin.signupRequests.show.message"),
                <LongText key="message" value={request.details?.message} />,
              ],
              [t("admin.signupRequests.show.source"), sourceOf(request)],
              request.reviewed_at
                ? [
                    t("admin.signupRequests.show.decided"),
                    <Decision key="decided" request={request} />,
                  ]
                : null,
              request.status === "rejected"
                ? [t("admin.signupRequests.show.reason"), request.rejection_reason]
                : null,
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

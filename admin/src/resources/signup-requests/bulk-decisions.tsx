// Approve or reject the ticked requests at once, drawn with plain elements like the rest of this
// light page. It asks first, naming how many; then ONE call (public.bulk_decide_signup_requests)
// decides them all or none, and the database's status trigger queues each applicant's email,
// exactly as a single decision does.
import { limits } from "@db/limits";
import { refusalSentence } from "@supabase-client/forms/refusal";
import { useT } from "@supabase-client/i18n/locale-context";
import { lightStyles } from "@supabase-client/ui/light-form";
import { useState } from "react";
import { type AdminKey, useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

type Decision = "approve" | "reject";

/** Each decision's words: one request, or several. */
const words = {
  approve: {
    button: "admin.signupRequests.bulk.approveSelected",
    effect: "admin.signupRequests.bulk.approveEffect",
    question: [
      "admin.signupRequests.bulk.approveQuestionOne",
      "admin.signupRequests.bulk.approveQuestion",
    ],
    done: ["admin.signupRequests.bulk.approvedOne", "admin.signupRequests.bulk.approved"],
    go: "admin.signupRequests.bulk.approveCount",
  },
  reject: {
    button: "admin.signupRequests.bulk.rejectSelected",
    effect: "admin.signupRequests.bulk.rejectEffect",
    question: [
      "admin.signupRequests.bulk.rejectQuestionOne",
      "admin.signupRequests.bulk.rejectQuestion",
    ],
    done: ["admin.signupRequests.bulk.rejectedOne", "admin.signupRequests.bulk.rejected"],
    go: "admin.signupRequests.bulk.rejectCount",
  },
} as const satisfies Record<
  Decision,
  {
    button: AdminKey;
    effect: AdminKey;
    question: [AdminKey, AdminKey];
    done: [AdminKey, AdminKey];
    go: AdminKey;
  }
>;

/** The singular key for one, the plural one otherwise. */
const byCount = (count: number, [one, many]: readonly [AdminKey, AdminKey]) =>
  count === 1 ? one : many;

interface BulkDecisionsProps {
  selected: readonly string[];
  onDone: () => void;
}

export function BulkDecisions({ selected, onDone }: BulkDecisionsProps) {
  const [asking, setAsking] = useState<Decision | null>(null);
  const [reason, setReason] = useState("");
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ isError: boolean; text: string } | null>(null);
  const count = selected.length;
  const t = useAdminT();
  const shared = useT();

  const decide = async (decision: Decision) => {
    setBusy(true);
    const { data, error } = await supabase.rpc("bulk_decide_signup_requests", {
      ids: selected,
      decision,
      reason: decision === "reject" ? reason : null,
    });
    setBusy(false);
    setAsking(null);
    setReason("");
    if (error) {
      setOutcome({
        isError: true,
        text: t("admin.signupRequests.bulk.nothingChanged", { reason: refusalSentence(error) }),
      });
      return;
    }
    const decided = Number(data);
    setOutcome({
      isError: false,
      text: t(byCount(decided, words[decision].done), { count: decided }),
    });
    onDone();
  };

  return (
    <div style={{ marginBottom: 16 }}>
      {outcome ? (
        <p
          role={outcome.isError ? "alert" : "status"}
          style={{ color: outcome.isError ? "#cf1322" : "#389e0d", margin: "0 0 8px" }}
        >
          {outcome.text}
        </p>
      ) : null}
      {count > 0 ? (
        <div
          role="toolbar"
          aria-label={t("admin.signupRequests.bulk.toolbar")}
          style={{ display: "flex", gap: 8, alignItems: "center" }}
        >
          <strong>{t("admin.signupRequests.bulk.selected", { count })}</strong>
          {(["approve", "reject"] as const).map((decision) => (
            <button
              key={decision}
              type="button"
              style={lightStyles.secondaryButton}
              onClick={() => {
                setOutcome(null);
                setAsking(decision);
              }}
            >
              {t(words[decision].button)}
            </button>
          ))}
        </div>
      ) : null}
      {asking && count > 0 ? (
        <div
          role="alertdialog"
          aria-label={t(byCount(count, words[asking].question), { count })}
          style={{ ...lightStyles.card, marginTop: 8, maxWidth: 520 }}
        >
          <p style={{ fontWeight: 600, margin: "0 0 8px" }}>
            {t(byCount(count, words[asking].question), { count })}
          </p>
          <p style={{ margin: "0 0 12px" }}>{t(words[asking].effect)}</p>
          {asking === "reject" ? (
            <textarea
              aria-label={t("admin.signupRequests.bulk.reason")}
              placeholder={t("admin.signupRequests.bulk.reason")}
              maxLength={limits.rejectionReason}
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              style={{ ...lightStyles.input, marginBottom: 12 }}
            />
          ) : null}
          <div style={{ display: "flex", gap: 8 }}>
            <button
              type="button"
              disabled={isBusy}
              onClick={() => decide(asking)}
              style={{ ...lightStyles.button, width: "auto", padding: "0 15px" }}
            >
              {t(words[asking].go, { count })}
            </button>
            <button
              type="button"
              style={lightStyles.secondaryButton}
              onClick={() => setAsking(null)}
            >
              {shared("common.cancel")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

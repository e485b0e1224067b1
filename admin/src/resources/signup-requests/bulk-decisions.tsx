// Approve or reject the ticked requests at once, drawn with plain elements like the rest of this
// light page. It asks first, naming how many; then ONE call (public.bulk_decide_signup_requests)
// decides them all or none, and the database's status trigger queues each applicant's email,
// exactly as a single decision does.
import { limits } from "@db/limits";
import { refusalSentence } from "@supabase-client/forms/refusal";
import { lightStyles } from "@supabase-client/ui/light-form";
import { useState } from "react";
import { supabase } from "../../supabase";

type Decision = "approve" | "reject";

const requests = (count: number) => `${count} request${count === 1 ? "" : "s"}`;

const words: Record<Decision, { button: string; question: string; effect: string; done: string }> =
  {
    approve: {
      button: "Approve",
      question: "Approve",
      effect: "Each applicant gets a welcome email with the portal link.",
      done: "approved: each applicant has been emailed",
    },
    reject: {
      button: "Reject",
      question: "Reject",
      effect: "Each applicant gets an email saying the request was not approved.",
      done: "rejected: each applicant has been emailed",
    },
  };

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
      setOutcome({ isError: true, text: `Nothing was changed. ${refusalSentence(error)}` });
      return;
    }
    setOutcome({ isError: false, text: `${requests(Number(data))} ${words[decision].done}` });
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
          aria-label="Bulk actions"
          style={{ display: "flex", gap: 8, alignItems: "center" }}
        >
          <strong>{count} selected</strong>
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
              {words[decision].button} selected
            </button>
          ))}
        </div>
      ) : null}
      {asking && count > 0 ? (
        <div
          role="alertdialog"
          aria-label={`${words[asking].question} ${requests(count)}?`}
          style={{ ...lightStyles.card, marginTop: 8, maxWidth: 520 }}
        >
          <p
            style={{ fontWeight: 600, margin: "0 0 8px" }}
          >{`${words[asking].question} ${requests(count)}?`}</p>
          <p style={{ margin: "0 0 12px" }}>{words[asking].effect}</p>
          {asking === "reject" ? (
            <textarea
              aria-label="Reason (optional, included in the emails)"
              placeholder="Reason (optional, included in the emails)"
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
              {`${words[asking].button} ${count}`}
            </button>
            <button
              type="button"
              style={lightStyles.secondaryButton}
              onClick={() => setAsking(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

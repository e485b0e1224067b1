// What the sign-up page shows once Auth has taken the request: where the confirmation went, and
// a button to send it again (Auth allows one a minute per address, which the page explains).
import { portalPaths } from "@db/routes/portal";
import type { SupabaseClient } from "@supabase/supabase-js";
import { useT } from "@supabase-client/i18n/locale-context";
import { LightNotice, lightStyles } from "@supabase-client/ui/light-form";
import { useState } from "react";
import { explainAuthError } from "./explain-error";

interface CheckYourEmailProps {
  email: string;
  loadSupabase: () => Promise<{ supabase: SupabaseClient }>;
}

export function CheckYourEmail({ email, loadSupabase }: CheckYourEmailProps) {
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle");
  const [error, setError] = useState("");
  const t = useT();

  const resend = async () => {
    setState("sending");
    setError("");
    const { supabase } = await loadSupabase();
    const { error: failure } = await supabase.auth.resend({
      type: "signup",
      email,
      options: { emailRedirectTo: `${window.location.origin}${portalPaths.status}` },
    });
    if (failure) {
      setError(explainAuthError(t, failure));
      setState("idle");
    } else {
      setState("sent");
    }
  };

  return (
    <section style={{ ...lightStyles.card, textAlign: "center", padding: "48px 32px" }}>
      <div aria-hidden style={{ fontSize: 48, color: "#52c41a", lineHeight: 1 }}>
        ✓
      </div>
      <h1 style={{ ...lightStyles.title, marginTop: 24 }}>{t("auth.signup.checkTitle")}</h1>
      <p style={lightStyles.muted}>{t("auth.signup.checkText", { email })}</p>
      {error ? <LightNotice tone="error">{error}</LightNotice> : null}
      {state === "sent" ? (
        <LightNotice tone="info">{t("auth.signup.sentAgain")}</LightNotice>
      ) : null}
      <button
        type="button"
        style={lightStyles.secondaryButton}
        onClick={() => void resend()}
        disabled={state !== "idle"}
      >
        {t("auth.signup.sendAgain")}
      </button>
    </section>
  );
}

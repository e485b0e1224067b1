// Every Auth email's button lands here. Nothing is verified on page load: mail scanners open
// links on their own, and a GET that spent the one-time token would leave the person with a dead
// link. The token is spent by the click, through supabase-js `verifyOtp`.
import { recordEmailConfirmed } from "@supabase-client/analytics/record";
import { useT } from "@supabase-client/i18n/locale-context";
import { Alert, Button, Card, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { supabase } from "../../supabase";
import { CodeForm } from "./code-form";
import { confirmCopy, needsPassword, type OtpType, parseConfirmLink } from "./confirm-link";
import { explainAuthError } from "./explain-error";
import { NewPasswordForm } from "./new-password-form";
import { forgetPasswordStep, isPasswordStepPending, rememberPasswordStep } from "./password-step";
import { ResendLinkForm } from "./resend-link-form";

type Step = "ready" | "verifying" | "password" | "other-address" | "failed" | "request";

export function ConfirmPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const t = useT();
  const link = parseConfirmLink(location.search, window.location.origin);
  const words = (type: OtpType) => {
    const group = confirmCopy[type];
    return {
      title: t(`auth.confirm.${group}.title`),
      action: t(`auth.confirm.${group}.action`),
      done: t(`auth.confirm.${group}.done`),
    };
  };
  const copy = words(link.type);
  // A sign-up link without its token is the "not confirmed yet" reminder's: offer a fresh link.
  const [step, setStep] = useState<Step>(() =>
    link.ok
      ? isPasswordStepPending(sessionStorage, link.tokenHash)
        ? "password"
        : "ready"
      : link.reason === "missing" && link.type === "signup"
        ? "request"
        : "failed",
  );
  const [error, setError] = useState<string>(link.ok ? "" : t("auth.confirm.incomplete"));
  // Auth refused the link itself (expired, or spent by a newer email): the code in that email
  // is just as dead, so a sign-up link offers a fresh email too.
  const [isLinkRefused, setLinkRefused] = useState(false);

  // Back at the password step after a reload: only while the link's session is still there.
  useEffect(() => {
    if (step !== "password") {
      return;
    }
    void supabase.auth.getSession().then(({ data }) => {
      if (!data.session) {
        forgetPasswordStep(sessionStorage);
        setStep("ready");
      }
    });
  }, [step]);

  const finish = (type: OtpType, hasSession: boolean) => {
    if (!hasSession) {
      // An email change confirmed on one address waits for the other one.
      setStep("other-address");
    } else if (needsPassword(type)) {
      if (link.ok) {
        rememberPasswordStep(sessionStorage, link.tokenHash);
      }
      setStep("password");
    } else {
      void navigate(link.next, { replace: true, state: { notice: words(type).done } });
    }
  };

  const verify = async () => {
    if (!link.ok) {
      return;
    }
    setStep("verifying");
    const { data, error: failure } = await supabase.auth.verifyOtp({
      token_hash: link.tokenHash,
      type: link.type,
    });
    if (failure) {
      setError(explainAuthError(t, failure));
      setLinkRefused(true);
      setStep("failed");
      return;
    }
    recordEmailConfirmed(supabase, link.type);
    finish(link.type, Boolean(data.session));
  };

  if (step === "password") {
    return (
      <NewPasswordForm
        title={copy.title}
        onDone={() => {
          forgetPasswordStep(sessionStorage);
          void navigate(link.next, {
            replace: true,
            state: { notice: copy.done },
          });
        }}
      />
    );
  }

  return (
    <Card>
      <Typography.Title level={3}>{copy.title}</Typography.Title>
      {step === "other-address" ? (
        <Alert
          type="info"
          showIcon
          message={t("auth.confirm.otherConfirmed")}
          description={t("auth.confirm.otherText")}
        />
      ) : step === "request" ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Typography.Paragraph>{t("auth.confirm.requestText")}</Typography.Paragraph>
          <ResendLinkForm />
          <Typography.Title level={4}>{t("auth.confirm.haveCode")}</Typography.Title>
          <CodeForm
            type={link.type}
            action={copy.action}
            onVerified={(hasSession) => finish(link.type, hasSession)}
          />
        </Space>
      ) : step === "failed" ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Alert type="error" showIcon message={error} />
          {isLinkRefused && link.type === "signup" ? (
            <>
              <Typography.Paragraph>{t("auth.confirm.requestText")}</Typography.Paragraph>
              <ResendLinkForm />
              <Typography.Title level={4}>{t("auth.confirm.haveCode")}</Typography.Title>
            </>
          ) : null}
          <Typography.Paragraph>{t("auth.confirm.codeText")}</Typography.Paragraph>
          <CodeForm
            type={link.type}
            action={copy.action}
            onVerified={(hasSession) => finish(link.type, hasSession)}
          />
        </Space>
      ) : (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Typography.Paragraph>{t("auth.confirm.clickText")}</Typography.Paragraph>
          <Button type="primary" size="large" block loading={step === "verifying"} onClick={verify}>
            {copy.action}
          </Button>
        </Space>
      )}
    </Card>
  );
}

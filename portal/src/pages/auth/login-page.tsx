// Sign-in with email and password, or with a link by email, through the shared Refine
// authProvider. The link lands on the confirm page like every Auth email.

import { portalPaths } from "@db/routes/portal";
import { emailOnlySchema, signInSchema } from "@db/validation/auth";
import { useLogin } from "@refinedev/core";
import type { LoginParams } from "@supabase-client/auth-provider";
import { EmailField, PasswordField } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { FormNotice } from "@supabase-client/ui/form-notice";
import { Button, Card, Form, Typography } from "antd";
import { useRef, useState } from "react";
import { Link } from "react-router";
import { failureMessage } from "./auth-result";

export function LoginPage() {
  const { mutate: login, isPending } = useLogin<LoginParams>();
  const [error, setError] = useState("");
  // An applicant who never confirmed is told to open the email; it may be lost or expired, so
  // the page also leads to where a new one is sent.
  const [isUnconfirmed, setUnconfirmed] = useState(false);
  const [linkSentTo, setLinkSentTo] = useState("");
  const t = useT();

  // One call at a time, whichever button started it: the email-link button is not the form's
  // submit, and a second link request within the minute answers "too many attempts" over the
  // first one's "link sent".
  const isSending = useRef(false);
  const send = (params: LoginParams, onDone?: () => void) =>
    new Promise<void>((settled) => {
      if (isSending.current) {
        settled();
        return;
      }
      isSending.current = true;
      setError("");
      setUnconfirmed(false);
      setLinkSentTo("");
      login(params, {
        onSuccess: (result) => {
          const message = failureMessage(t, result);
          setUnconfirmed(result.error?.name === "email_not_confirmed");
          if (message) {
            setError(message);
          } else {
            onDone?.();
          }
        },
        onError: (failure) => setError(failure.message),
        onSettled: () => {
          isSending.current = false;
          settled();
        },
      });
    });

  const { form, formProps } = useSchemaForm(signInSchema, { onValid: (values) => send(values) });

  const emailLink = async () => {
    const checked = await form.validateFields(["email"]).catch(() => null);
    const parsed = emailOnlySchema.safeParse(checked);
    if (parsed.success) {
      const address = parsed.data.email;
      await send({ email: address, redirectTo: `${window.location.origin}/` }, () =>
        setLinkSentTo(address),
      );
    }
  };

  return (
    <Card>
      <Typography.Title level={3}>{t("auth.login.title")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("auth.login.intro")}</Typography.Paragraph>
      <Form {...formProps} layout="vertical" requiredMark={false}>
        <EmailField schema={signInSchema.shape.email} name="email" label={t("auth.login.email")} />
        <PasswordField
          schema={signInSchema.shape.password}
          name="password"
          label={t("auth.login.password")}
          autoComplete="current-password"
        />
        <FormNotice type="error" message={error} />
        {isUnconfirmed ? (
          <Typography.Paragraph>
            <Link to={`${portalPaths.confirm}?type=signup`}>{t("auth.login.newConfirmation")}</Link>
          </Typography.Paragraph>
        ) : null}
        <FormNotice
          type="success"
          message={linkSentTo && t("auth.login.linkSent", { email: linkSentTo })}
          description={t("auth.login.linkSentText")}
        />
        <Button type="primary" htmlType="submit" block loading={isPending}>
          {t("auth.login.submit")}
        </Button>
        <Button type="link" block onClick={emailLink} disabled={isPending}>
          {t("auth.login.emailLink")}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: "center" }}>
        <Link to={portalPaths.forgotPassword}>{t("auth.login.forgot")}</Link>
        {" · "}
        {t("auth.login.newHere")}{" "}
        <Link to={portalPaths.signup}>{t("auth.login.requestAccess")}</Link>
      </Typography.Paragraph>
    </Card>
  );
}

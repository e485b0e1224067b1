// The pieces of adding an authenticator app that both apps draw alike: the name form, the QR code,
// and the steps after it (the key to type by hand, the code to confirm with). Each app lays them
// out in its own frame.
import { factorNameSchema, totpCodeSchema } from "@db/validation/auth";
import { Button, Flex, Form, type FormProps, Typography } from "antd";
import type { CSSProperties, ReactNode } from "react";
import { TextField } from "../forms/fields";
import { useT } from "../i18n/locale-context";
import type { Enrollment, PendingFactor } from "./use-enrollment";

/** The key in groups of four, easier to type from the screen; copying gives it whole. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

interface NameFormProps {
  enrollment: Enrollment;
  layout: FormProps["layout"];
  submitLabel: ReactNode;
}

/** Step 0: the app's name, then Auth draws the QR code. */
export function FactorNameForm({ enrollment, layout, submitLabel }: NameFormProps) {
  const t = useT();
  return (
    <Form
      {...enrollment.nameForm.formProps}
      layout={layout}
      requiredMark={false}
      initialValues={{ friendly_name: t("mfa.appName") }}
    >
      <TextField schema={factorNameSchema.shape.friendly_name} name="friendly_name" />
      <Button type="primary" htmlType="submit" loading={enrollment.isBusy}>
        {submitLabel}
      </Button>
    </Form>
  );
}

export function FactorQrCode({ pending, size }: { pending: PendingFactor; size: number }) {
  const t = useT();
  return (
    <img
      src={pending.qrCode}
      alt={t("mfa.qrAlt", { name: pending.name })}
      width={size}
      height={size}
    />
  );
}

interface EnrollStepsProps {
  enrollment: Enrollment;
  pending: PendingFactor;
  /** The paragraphs' style, e.g. `{ margin: 0 }` where a flex gap spaces them. */
  paragraphStyle?: CSSProperties;
}

/** Steps 1 and 2: the key by hand, and the code that confirms the app. */
export function EnrollSteps({ enrollment, pending, paragraphStyle }: EnrollStepsProps) {
  const { codeForm, isBusy, cancel } = enrollment;
  const t = useT();
  return (
    <>
      <Typography.Paragraph style={paragraphStyle}>{t("mfa.scanStep")}</Typography.Paragraph>
      <Typography.Paragraph style={paragraphStyle}>
        <Typography.Text
          code
          aria-label={t("mfa.manualKey")}
          copyable={{ text: pending.secret, tooltips: [t("mfa.copyKey"), t("mfa.copied")] }}
        >
          {grouped(pending.secret)}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph style={paragraphStyle}>{t("mfa.codeStep")}</Typography.Paragraph>
      <Form {...codeForm.formProps} layout="vertical" requiredMark={false}>
        <TextField
          schema={totpCodeSchema.shape.code}
          name="code"
          label={t("mfa.codeFromApp")}
          input={{ autoComplete: "one-time-code", inputMode: "numeric", maxLength: 7 }}
        />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={isBusy}>
            {t("mfa.confirm")}
          </Button>
          <Button onClick={() => void cancel()} disabled={isBusy}>
            {t("common.cancel")}
          </Button>
        </Flex>
      </Form>
    </>
  );
}

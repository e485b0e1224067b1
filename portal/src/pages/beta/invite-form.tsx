// "Have an invite code?": redeems a code through the `redeem_beta_invite` RPC, which checks,
// counts and grants in one transaction, so the browser never reads or writes invite codes.
import { redeemInviteSchema } from "@db/validation/beta";
import { useInvalidate } from "@refinedev/core";
import { SchemaItem } from "@supabase-client/forms/fields";
import { useSchemaForm } from "@supabase-client/forms/use-schema-form";
import { useT } from "@supabase-client/i18n/locale-context";
import { Button, Form, Input, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";
import { explainRedeemError } from "./beta-refusals";

/** A network failure rejects instead of answering; it is shown like any other error. */
async function callRedeem(code: string): Promise<{ error: { message: string } | null }> {
  try {
    return await supabase.rpc("redeem_beta_invite", { invite_code: code });
  } catch (failure) {
    return { error: { message: failure instanceof Error ? failure.message : String(failure) } };
  }
}

type Outcome = { tone: "success" | "error"; message: string } | null;

export function InviteForm() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isRedeeming, setIsRedeeming] = useState(false);
  const invalidate = useInvalidate();
  const t = useT();

  const redeem = async ({ code }: { code: string }) => {
    setIsRedeeming(true);
    setOutcome(null);
    const { error } = await callRedeem(code);
    setIsRedeeming(false);
    if (error) {
      setOutcome({ tone: "error", message: explainRedeemError(t, error) });
      return;
    }
    setOutcome({ tone: "success", message: t("portal.beta.redeemed") });
    form.resetFields();
    // The new grant changes what RLS returns for products and builds.
    await Promise.all(
      ["products", "beta_builds"].map((resource) =>
        invalidate({ resource, invalidates: ["list"] }),
      ),
    );
  };

  const { form, formProps } = useSchemaForm(redeemInviteSchema, {
    onValid: (values) => void redeem(values),
  });

  return (
    <Form
      {...formProps}
      layout="vertical"
      requiredMark={false}
      onValuesChange={() => setOutcome(null)}
    >
      <SchemaItem
        schema={redeemInviteSchema.shape.code}
        name="code"
        label={t("portal.beta.inviteLabel")}
        validateStatus={outcome?.tone}
        help={
          outcome ? (
            <Typography.Text type={outcome.tone === "success" ? "success" : "danger"}>
              {outcome.message}
            </Typography.Text>
          ) : undefined
        }
      >
        <Input.Search
          placeholder={t("portal.beta.invitePlaceholder")}
          autoComplete="off"
          // A submit button, not onSearch: Enter and the click then both go through onFinish once.
          enterButton={
            <Button type="primary" htmlType="submit" loading={isRedeeming}>
              {t("portal.beta.redeem")}
            </Button>
          }
        />
      </SchemaItem>
    </Form>
  );
}

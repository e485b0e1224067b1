// "Have an invite code?": redeems a code through the `redeem_beta_invite` RPC, which checks,
// counts and grants in one transaction, so the browser never reads or writes invite codes.
import { useInvalidate } from "@refinedev/core";
import { Button, Form, Input, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";

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
  const [form] = Form.useForm<{ code: string }>();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isRedeeming, setIsRedeeming] = useState(false);
  const invalidate = useInvalidate();

  const redeem = async ({ code }: { code: string }) => {
    setIsRedeeming(true);
    setOutcome(null);
    const { error } = await callRedeem(code.trim());
    setIsRedeeming(false);
    if (error) {
      setOutcome({ tone: "error", message: error.message });
      return;
    }
    setOutcome({ tone: "success", message: "Code accepted: the product is now in your list." });
    form.resetFields();
    // The new grant changes what RLS returns for products and builds.
    await Promise.all(
      ["products", "beta_builds"].map((resource) =>
        invalidate({ resource, invalidates: ["list"] }),
      ),
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void redeem(values)}
      onValuesChange={() => setOutcome(null)}
    >
      <Form.Item
        name="code"
        label="Have an invite code?"
        validateStatus={outcome?.tone}
        help={
          outcome ? (
            <Typography.Text type={outcome.tone === "success" ? "success" : "danger"}>
              {outcome.message}
            </Typography.Text>
          ) : undefined
        }
        rules={[
          { required: true, whitespace: true, message: "Enter the code from your invitation." },
        ]}
      >
        <Input.Search
          placeholder="The code from your invitation"
          autoComplete="off"
          // A submit button, not onSearch: Enter and the click then both go through onFinish once.
          enterButton={
            <Button type="primary" htmlType="submit" loading={isRedeeming}>
              Redeem
            </Button>
          }
        />
      </Form.Item>
    </Form>
  );
}

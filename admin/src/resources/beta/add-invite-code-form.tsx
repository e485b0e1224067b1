// Creating an invite code for a product, with a readable suggestion, a number of uses and an
// optional last day.
import type { BetaInviteCode } from "@db/schema/beta";
import { insertInviteCodeSchema } from "@db/validation/beta";
import { useCreate } from "@refinedev/core";
import { fieldErrors, zodRule } from "@supabase-client/zod-form";
import { Button, DatePicker, Form, Input, InputNumber } from "antd";
import type { Dayjs } from "dayjs";
import { suggestInviteCode } from "./invite-code";

interface FormValues {
  code: string;
  max_uses: number;
  expires_on?: Dayjs | null;
}

const shape = insertInviteCodeSchema.shape;

export function AddInviteCodeForm({ productId }: { productId: string }) {
  const [form] = Form.useForm<FormValues>();
  const { mutate, mutation } = useCreate<BetaInviteCode>();

  const onFinish = ({ expires_on, ...values }: FormValues) => {
    const parsed = insertInviteCodeSchema.safeParse({
      ...values,
      product_id: productId,
      // The code works through the whole of the chosen day, in the admin's time zone.
      expires_at: expires_on ? expires_on.endOf("day").toISOString() : null,
    });
    if (!parsed.success) {
      form.setFields(fieldErrors(parsed.error) as Parameters<typeof form.setFields>[0]);
      return;
    }
    mutate(
      {
        resource: "beta_invite_codes",
        values: parsed.data,
        successNotification: {
          type: "success",
          message: `Invite code ${parsed.data.code} created`,
        },
      },
      {
        onSuccess: () => {
          form.resetFields();
          form.setFieldValue("code", suggestInviteCode());
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ code: suggestInviteCode(), max_uses: 1 }}
      onFinish={onFinish}
    >
      <Form.Item label="Code" name="code" rules={[zodRule(shape.code)]}>
        <Input style={{ width: 180 }} />
      </Form.Item>
      <Form.Item label="Max uses" name="max_uses" rules={[zodRule(shape.max_uses)]}>
        <InputNumber min={1} precision={0} />
      </Form.Item>
      <Form.Item label="Expires on" name="expires_on">
        <DatePicker />
      </Form.Item>
      <Button htmlType="submit" loading={mutation.isPending}>
        Create code
      </Button>
    </Form>
  );
}

// Creating an invite code for a product, with a readable suggestion, a number of uses and an
// optional last day.
import { insertInviteCodeSchema } from "@db/validation/beta";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { zodRule } from "@supabase-client/forms/zod-rule";
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
  const { form, formProps, isSaving } = useRecordForm(insertInviteCodeSchema, {
    resource: "beta_invite_codes",
    prepare: ({ expires_on, ...values }: FormValues) => ({
      ...values,
      product_id: productId,
      // The code works through the whole of the chosen day, in the admin's time zone.
      expires_at: expires_on ? expires_on.endOf("day").toISOString() : null,
    }),
    savedMessage: (invite) => `Invite code ${invite.code} created`,
    onSaved: () => {
      form.resetFields();
      form.setFieldValue("code", suggestInviteCode());
    },
  });

  return (
    <Form {...formProps} layout="inline" initialValues={{ code: suggestInviteCode(), max_uses: 1 }}>
      <Form.Item label="Code" name="code" rules={[zodRule(shape.code)]}>
        <Input style={{ width: 180 }} />
      </Form.Item>
      <Form.Item label="Max uses" name="max_uses" rules={[zodRule(shape.max_uses)]}>
        <InputNumber min={1} precision={0} />
      </Form.Item>
      <Form.Item label="Expires on" name="expires_on">
        <DatePicker />
      </Form.Item>
      <Button htmlType="submit" loading={isSaving}>
        Create code
      </Button>
    </Form>
  );
}

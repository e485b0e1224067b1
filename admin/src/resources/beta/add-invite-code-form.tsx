// Creating an invite code for a product, with a readable suggestion, a number of uses and an
// optional last day.
import { insertInviteCodeSchema } from "@db/validation/beta";
import { NumberField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, DatePicker, Form } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useAdminT } from "../../i18n";
import { suggestInviteCode } from "./invite-code";

interface FormValues {
  code: string;
  max_uses: number;
  expires_on?: Dayjs | null;
}

const shape = insertInviteCodeSchema.shape;

export function AddInviteCodeForm({ productId }: { productId: string }) {
  const t = useAdminT();
  const { form, formProps, isSaving } = useRecordForm(insertInviteCodeSchema, {
    resource: "beta_invite_codes",
    prepare: ({ expires_on, ...values }: FormValues) => ({
      ...values,
      product_id: productId,
      // The code works through the whole of the chosen day, in the admin's time zone.
      expires_at: expires_on ? expires_on.endOf("day").toISOString() : null,
    }),
    // The schema rules on the stored moment; the admin picked a day.
    placeErrors: (errors) =>
      errors.map((error) =>
        error.name[0] === "expires_at" ? { ...error, name: ["expires_on"] } : error,
      ),
    savedMessage: (invite) => t("admin.beta.codes.created", { code: invite.code }),
    onSaved: () => {
      form.resetFields();
      form.setFieldValue("code", suggestInviteCode());
    },
  });

  return (
    <Form {...formProps} layout="inline" initialValues={{ code: suggestInviteCode(), max_uses: 1 }}>
      <TextField
        schema={shape.code}
        name="code"
        label={t("admin.beta.codes.code")}
        input={{ style: { width: 180 } }}
      />
      <NumberField schema={shape.max_uses} name="max_uses" label={t("admin.beta.codes.maxUses")} />
      <Form.Item label={t("admin.beta.codes.expiresOn")} name="expires_on">
        <DatePicker disabledDate={(day) => day.isBefore(dayjs(), "day")} />
      </Form.Item>
      <Button htmlType="submit" loading={isSaving}>
        {t("admin.beta.codes.create")}
      </Button>
    </Form>
  );
}

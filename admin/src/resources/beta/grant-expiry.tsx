// Setting or changing when one grant runs out, in a small modal: the day access ends, or none.
// The database decides what an expired grant opens (private.has_beta_access), not this form.
import { grantExpirySchema } from "@db/validation/beta";
import { DateField } from "@supabase-client/forms/date-field";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { useFormat } from "@supabase-client/i18n/locale-context";
import { Button, Form, Modal } from "antd";
import { useState } from "react";
import { useAdminT } from "../../i18n";
import { type GrantRow, granteeName } from "./grants";

/** The stored moment as the day the picker shows (grants end at the start of a UTC day). */
const expiryDay = (expiresAt: string | null) => (expiresAt ? expiresAt.slice(0, 10) : null);

export function GrantExpiryButton({ grant }: { grant: GrantRow }) {
  const [isOpen, setIsOpen] = useState(false);
  const t = useAdminT();
  const format = useFormat();
  const name = granteeName(grant, t);
  const { formProps, form, isSaving } = useRecordForm(grantExpirySchema, {
    resource: "beta_access",
    id: grant.id,
    savedMessage: (data) =>
      data.expires_at
        ? t("admin.beta.grants.endsOn", { name, day: format.day(data.expires_at.slice(0, 10)) })
        : t("admin.beta.grants.noEnd", { name }),
    onSaved: () => setIsOpen(false),
  });
  const open = () => {
    form.setFieldsValue({ expires_at: expiryDay(grant.expires_at) });
    setIsOpen(true);
  };

  return (
    <>
      <Button size="small" onClick={open}>
        {t(grant.expires_at ? "admin.beta.grants.changeExpiry" : "admin.beta.grants.setExpiry")}
      </Button>
      <Modal
        title={t("admin.beta.grants.expiryQuestion", { name })}
        open={isOpen}
        onCancel={() => setIsOpen(false)}
        onOk={() => form.submit()}
        okText={t("admin.beta.grants.saveExpiry")}
        okButtonProps={{ loading: isSaving }}
        forceRender
      >
        <Form {...formProps} name={`grant-expiry-${grant.id}`} layout="vertical">
          <DateField schema={grantExpirySchema.shape.expires_at} name="expires_at" />
        </Form>
      </Modal>
    </>
  );
}

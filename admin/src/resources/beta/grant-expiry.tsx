// Setting or changing when one grant runs out, in a small modal: the day access ends, or none.
// The database decides what an expired grant opens (private.has_beta_access), not this form.
import { grantExpirySchema } from "@db/validation/beta";
import { DateField } from "@supabase-client/forms/date-field";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, Form, Modal } from "antd";
import { useState } from "react";
import { type GrantRow, granteeName } from "./grants";

/** The stored moment as the day the picker shows (grants end at the start of a UTC day). */
const expiryDay = (expiresAt: string | null) => (expiresAt ? expiresAt.slice(0, 10) : null);

export function GrantExpiryButton({ grant }: { grant: GrantRow }) {
  const [isOpen, setIsOpen] = useState(false);
  const name = granteeName(grant);
  const { formProps, form, isSaving } = useRecordForm(grantExpirySchema, {
    resource: "beta_access",
    id: grant.id,
    savedMessage: (data) =>
      data.expires_at
        ? `${name}'s access ends on ${data.expires_at}`
        : `${name}'s access no longer runs out`,
    onSaved: () => setIsOpen(false),
  });
  const open = () => {
    form.setFieldsValue({ expires_at: expiryDay(grant.expires_at) });
    setIsOpen(true);
  };

  return (
    <>
      <Button size="small" onClick={open}>
        {grant.expires_at ? "Change expiry" : "Set expiry"}
      </Button>
      <Modal
        title={`When does ${name}'s access end?`}
        open={isOpen}
        onCancel={() => setIsOpen(false)}
        onOk={() => form.submit()}
        okText="Save expiry"
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

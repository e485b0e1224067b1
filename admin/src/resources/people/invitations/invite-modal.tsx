// The invite form: an address, a name, the role, and the company for a client. What the function
// refuses (a bad address, someone already signed up, an unknown company) shows under its field.
import type { AppRole } from "@db/schema/profiles";
import { useT } from "@supabase-client/i18n/locale-context";
import { App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useCompanySelect } from "../../../components/form/use-company-select";
import { useAdminT } from "../../../i18n";
import { roleOptions } from "../roles";
import { fieldOfRefusal, type InviteValues, inviteUser } from "./invite-user";

interface InviteModalProps {
  isOpen: boolean;
  onClose: () => void;
  onInvited: () => void;
}

export function InviteModal({ isOpen, onClose, onInvited }: InviteModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const [isBusy, setBusy] = useState(false);
  const role = Form.useWatch("role", form) as AppRole | undefined;
  const { selectProps: companyProps } = useCompanySelect();
  const t = useAdminT();
  const shared = useT();

  const submit = async (values: InviteValues) => {
    setBusy(true);
    const answer = await inviteUser({
      ...values,
      company_id: values.role === "client" ? (values.company_id ?? null) : null,
    });
    setBusy(false);
    if (!answer.ok) {
      const field = fieldOfRefusal(answer.code);
      if (field) {
        form.setFields([{ name: field, errors: [answer.message] }]);
      } else {
        void message.error(answer.message);
      }
      return;
    }
    void message.success(
      t("admin.people.invitations.sent", { email: values.email.trim().toLowerCase() }),
    );
    form.resetFields();
    onInvited();
  };

  return (
    <Modal
      open={isOpen}
      title={t("admin.people.invitations.invite")}
      okText={t("admin.people.invitations.send")}
      cancelText={shared("common.cancel")}
      okButtonProps={{ loading: isBusy, htmlType: "submit", form: "invite-form" }}
      cancelButtonProps={{ disabled: isBusy }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<InviteValues>
        id="invite-form"
        form={form}
        layout="vertical"
        initialValues={{ role: "client" }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={shared("fields.email")}
          name="email"
          rules={[{ required: true, message: shared("validation.emailRequired") }]}
        >
          <Input autoComplete="off" placeholder="name@company.com" />
        </Form.Item>
        <Form.Item label={shared("fields.fullName")} name="full_name">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t("admin.people.list.role")} name="role" rules={[{ required: true }]}>
          <Select options={roleOptions(t)} />
        </Form.Item>
        {role === "client" ? (
          <Form.Item
            label={t("admin.people.list.company")}
            name="company_id"
            extra={t("admin.people.invitations.companyHelp")}
            rules={[{ required: true, message: t("admin.people.invitations.chooseCompanyRule") }]}
          >
            <Select
              {...companyProps}
              showSearch
              allowClear
              placeholder={t("admin.people.invitations.chooseCompany")}
            />
          </Form.Item>
        ) : (
          <Form.Item>{t("admin.people.invitations.staffNote")}</Form.Item>
        )}
      </Form>
    </Modal>
  );
}

// The invite form: an address, a name, the role, and the company for a client. What the function
// refuses (a bad address, someone already signed up, an unknown company) shows under its field.
import type { AppRole } from "@db/schema/profiles";
import { App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useCompanySelect } from "../../../components/form/use-company-select";
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
    void message.success(`Invitation sent to ${values.email.trim().toLowerCase()}`);
    form.resetFields();
    onInvited();
  };

  return (
    <Modal
      open={isOpen}
      title="Invite someone"
      okText="Send invitation"
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
          label="Email"
          name="email"
          rules={[{ required: true, message: "Email is required" }]}
        >
          <Input autoComplete="off" placeholder="name@company.com" />
        </Form.Item>
        <Form.Item label="Full name" name="full_name">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="Role" name="role" rules={[{ required: true }]}>
          <Select options={roleOptions} />
        </Form.Item>
        {role === "client" ? (
          <Form.Item
            label="Company"
            name="company_id"
            extra="The client sees this company's projects in the portal."
            rules={[{ required: true, message: "Choose the company this client belongs to" }]}
          >
            <Select {...companyProps} showSearch allowClear placeholder="Choose a company" />
          </Form.Item>
        ) : (
          <Form.Item>
            Staff set up an authenticator app the first time they sign in to the admin.
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

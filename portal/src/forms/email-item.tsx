// The email address field every portal form asks for, checked by db/validation's rule.
import { email as emailField } from "@db/validation/fields";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Form, Input } from "antd";

export function EmailItem() {
  return (
    <Form.Item label="Email address" name="email" rules={[zodRule(emailField)]}>
      <Input type="email" autoComplete="email" />
    </Form.Item>
  );
}

// The company form shared by create and edit, each field checked by db/validation's rule.
import { insertCompanySchema } from "@db/validation/companies";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Form, Input, Select } from "antd";
import { useStaffSelect } from "../../components/form/use-staff-select";
import { companyStatusOptions } from "./status";

const fields = insertCompanySchema.shape;

export function CompanyFormFields({ accountManagerId }: { accountManagerId?: string | null }) {
  const { selectProps: staff } = useStaffSelect(accountManagerId);
  return (
    <>
      <Form.Item label="Name" name="name" rules={[zodRule(fields.name)]}>
        <Input />
      </Form.Item>
      <Form.Item label="Status" name="status" initialValue="lead">
        <Select options={companyStatusOptions} />
      </Form.Item>
      <Form.Item label="Website" name="website" rules={[zodRule(fields.website)]}>
        <Input placeholder="example.com" />
      </Form.Item>
      <Form.Item label="Industry" name="industry" rules={[zodRule(fields.industry)]}>
        <Input />
      </Form.Item>
      <Form.Item label="Account manager" name="account_manager_id">
        <Select {...staff} allowClear placeholder="Nobody yet" />
      </Form.Item>
    </>
  );
}

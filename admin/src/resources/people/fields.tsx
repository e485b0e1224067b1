// The profile fields staff edit. The role is an admin's call (the database refuses anyone else),
// so for the team it is shown but locked; the company only means something for clients.

import type { Company } from "@db/schema/companies";
import type { AppRole } from "@db/schema/profiles";
import { updateProfileAsStaffSchema } from "@db/validation/profiles";
import { useSelect } from "@refinedev/antd";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Form, Input, Select } from "antd";
import { roleOptions } from "./roles";

const fields = updateProfileAsStaffSchema.shape;

const localeOptions = [
  { value: "en", label: "English" },
  { value: "fr", label: "French" },
];

interface PersonFieldsProps {
  canChangeRole: boolean;
  role: AppRole | undefined;
  companyId: string | null | undefined;
}

export function PersonFields({ canChangeRole, role, companyId }: PersonFieldsProps) {
  const { selectProps: companies } = useSelect<Company>({
    resource: "companies",
    optionLabel: "name",
    optionValue: "id",
    searchField: "name",
    sorters: [{ field: "name", order: "asc" }],
    defaultValue: companyId ?? undefined,
    pagination: { mode: "off" },
  });
  return (
    <>
      <Form.Item label="Full name" name="full_name" rules={[zodRule(fields.full_name)]}>
        <Input />
      </Form.Item>
      <Form.Item
        label="Role"
        name="role"
        extra={canChangeRole ? undefined : "Only an admin can change a role."}
      >
        <Select options={roleOptions} disabled={!canChangeRole} />
      </Form.Item>
      {role === "client" ? (
        <Form.Item label="Company" name="company_id">
          <Select {...companies} allowClear placeholder="No company yet" />
        </Form.Item>
      ) : null}
      <Form.Item label="Email language" name="locale">
        <Select options={localeOptions} />
      </Form.Item>
    </>
  );
}

// The profile fields staff edit. The role is an admin's call (the database refuses anyone else),
// so for the team it is shown but locked; the company only means something for clients.

import type { AppRole } from "@db/schema/profiles";
import { updateProfileAsStaffSchema } from "@db/validation/profiles";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { useCompanySelect } from "../../components/form/use-company-select";
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
  const { selectProps: companies } = useCompanySelect(companyId);
  return (
    <>
      <TextField schema={fields.full_name} name="full_name" />
      <SelectField
        schema={fields.role}
        name="role"
        label="Role"
        extra={canChangeRole ? undefined : "Only an admin can change a role."}
        input={{ options: roleOptions, disabled: !canChangeRole }}
      />
      {role === "client" ? (
        <SelectField
          schema={fields.company_id}
          name="company_id"
          label="Company"
          input={{ ...companies, allowClear: true, placeholder: "No company yet" }}
        />
      ) : null}
      <SelectField
        schema={fields.locale}
        name="locale"
        label="Email language"
        input={{ options: localeOptions }}
      />
    </>
  );
}

// The company form shared by create and edit; limits and checks come from db/validation, labels
// from the schema or the field's name (forms/fields.tsx).
import { insertCompanySchema } from "@db/validation/companies";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { StaffField } from "../../components/form/reference-fields";
import { useAdminT } from "../../i18n";
import { useCompanyStatus } from "./status-words";

const shape = insertCompanySchema.shape;

export function CompanyFormFields({ accountManagerId }: { accountManagerId?: string | null }) {
  const t = useAdminT();
  const { options } = useCompanyStatus();
  return (
    <>
      <TextField schema={shape.name} name="name" />
      <SelectField schema={shape.status} name="status" initialValue="lead" input={{ options }} />
      <TextField schema={shape.website} name="website" input={{ placeholder: "example.com" }} />
      <TextField schema={shape.industry} name="industry" />
      <StaffField
        schema={shape.account_manager_id}
        name="account_manager_id"
        // The company pages' word ("Responsable du compte") differs from the projects' one.
        label={t("admin.companies.list.accountManager")}
        current={accountManagerId}
      />
    </>
  );
}

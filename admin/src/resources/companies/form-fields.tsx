// The company form shared by create and edit; labels, limits and checks come from db/validation.
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
      <SelectField
        schema={shape.status}
        name="status"
        label={t("admin.companies.list.statusLabel")}
        initialValue="lead"
        input={{ options }}
      />
      <TextField
        schema={shape.website}
        name="website"
        label={t("admin.companies.form.website")}
        input={{ placeholder: "example.com" }}
      />
      <TextField
        schema={shape.industry}
        name="industry"
        label={t("admin.companies.list.industry")}
      />
      <StaffField
        schema={shape.account_manager_id}
        name="account_manager_id"
        label={t("admin.companies.list.accountManager")}
        current={accountManagerId}
        placeholder={t("admin.companies.form.nobodyYet")}
        allowClear
      />
    </>
  );
}

// The company form shared by create and edit; labels, limits and checks come from db/validation.
import { insertCompanySchema } from "@db/validation/companies";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { useStaffSelect } from "../../components/form/use-staff-select";
import { useAdminT } from "../../i18n";
import { useCompanyStatus } from "./status-words";

const shape = insertCompanySchema.shape;

export function CompanyFormFields({ accountManagerId }: { accountManagerId?: string | null }) {
  const { selectProps: staff } = useStaffSelect(accountManagerId);
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
      <SelectField
        schema={shape.account_manager_id}
        name="account_manager_id"
        label={t("admin.companies.list.accountManager")}
        input={{ ...staff, allowClear: true, placeholder: t("admin.companies.form.nobodyYet") }}
      />
    </>
  );
}

// The company form shared by create and edit; labels, limits and checks come from db/validation.
import { companyStatusOptions } from "@db/status/companies";
import { insertCompanySchema } from "@db/validation/companies";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { useStaffSelect } from "../../components/form/use-staff-select";

const shape = insertCompanySchema.shape;

export function CompanyFormFields({ accountManagerId }: { accountManagerId?: string | null }) {
  const { selectProps: staff } = useStaffSelect(accountManagerId);
  return (
    <>
      <TextField schema={shape.name} name="name" />
      <SelectField
        schema={shape.status}
        name="status"
        label="Status"
        initialValue="lead"
        input={{ options: companyStatusOptions }}
      />
      <TextField
        schema={shape.website}
        name="website"
        label="Website"
        input={{ placeholder: "example.com" }}
      />
      <TextField schema={shape.industry} name="industry" />
      <SelectField
        schema={shape.account_manager_id}
        name="account_manager_id"
        label="Account manager"
        input={{ ...staff, allowClear: true, placeholder: "Nobody yet" }}
      />
    </>
  );
}

// Editing a company's details. Deleting a company is an admin's call and cascades to contacts;
// it is not offered here.
import type { Company } from "@db/schema/companies";
import { updateCompanySchema } from "@db/validation/companies";
import { EditPage } from "../../components/form/form-page";
import { CompanyFormFields } from "./form-fields";

export default function CompanyEdit() {
  return (
    <EditPage<Company, typeof updateCompanySchema>
      title={(company) => `Edit ${company.name}`}
      untitled="Edit company"
      schema={updateCompanySchema}
      isNarrow
    >
      {(company) => <CompanyFormFields accountManagerId={company?.account_manager_id} />}
    </EditPage>
  );
}

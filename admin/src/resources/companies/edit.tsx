// Editing a company's details. Deleting a company is an admin's call and cascades to contacts;
// it is not offered here.
import type { Company } from "@db/schema/companies";
import { updateCompanySchema } from "@db/validation/companies";
import { EditPage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { CompanyFormFields } from "./form-fields";

export default function CompanyEdit() {
  const t = useAdminT();
  return (
    <EditPage<Company, typeof updateCompanySchema>
      title={(company) => t("admin.companies.edit.title", { name: company.name })}
      untitled={t("admin.companies.edit.untitled")}
      schema={updateCompanySchema}
      isNarrow
    >
      {(company) => <CompanyFormFields accountManagerId={company?.account_manager_id} />}
    </EditPage>
  );
}

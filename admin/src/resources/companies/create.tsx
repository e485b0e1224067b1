// A new client company; it starts as a lead.
import type { Company } from "@db/schema/companies";
import { insertCompanySchema } from "@db/validation/companies";
import { CreatePage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { CompanyFormFields } from "./form-fields";

export default function CompanyCreate() {
  const t = useAdminT();
  return (
    <CreatePage<Company, typeof insertCompanySchema>
      title={t("admin.companies.list.create")}
      schema={insertCompanySchema}
      savedMessage={(company) =>
        t("admin.companies.form.added", {
          name: company?.name ?? t("admin.companies.edit.theCompany"),
        })
      }
      isNarrow
    >
      <CompanyFormFields />
    </CreatePage>
  );
}

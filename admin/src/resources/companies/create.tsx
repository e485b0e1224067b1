// A new client company; it starts as a lead.
import type { Company } from "@db/schema/companies";
import { insertCompanySchema } from "@db/validation/companies";
import { CreatePage } from "../../components/form/form-page";
import { CompanyFormFields } from "./form-fields";

export default function CompanyCreate() {
  return (
    <CreatePage<Company, typeof insertCompanySchema>
      title="New company"
      schema={insertCompanySchema}
      savedMessage={(company) => `${company?.name ?? "The company"} was added`}
      isNarrow
    >
      <CompanyFormFields />
    </CreatePage>
  );
}

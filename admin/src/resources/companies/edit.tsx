import type { Company } from "@db/schema/companies";
import { updateCompanySchema } from "@db/validation/companies";
import { Edit } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { CompanyFormFields } from "./form-fields";

export default function CompanyEdit() {
  const { formProps, saveButtonProps, query } = useResourceForm<
    Company,
    typeof updateCompanySchema
  >(updateCompanySchema, {
    resource: "companies",
    action: "edit",
    redirect: "show",
  });
  const company = query?.data?.data;
  return (
    <Edit
      goBack={backIcon}
      saveButtonProps={saveButtonProps}
      title={company ? `Edit ${company.name}` : "Edit company"}
      // Deleting a company is an admin's call and cascades to contacts; not offered here.
      canDelete={false}
    >
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <CompanyFormFields accountManagerId={company?.account_manager_id} />
      </Form>
    </Edit>
  );
}

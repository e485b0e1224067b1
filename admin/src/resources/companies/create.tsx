import type { Company } from "@db/schema/companies";
import { insertCompanySchema } from "@db/validation/companies";
import { Create } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { CompanyFormFields } from "./form-fields";

export default function CompanyCreate() {
  const { formProps, saveButtonProps } = useResourceForm<Company, typeof insertCompanySchema>(
    insertCompanySchema,
    {
      resource: "companies",
      redirect: "show",
      successNotification: (data) => ({
        type: "success",
        message: `${data?.data.name ?? "The company"} was added`,
      }),
    },
  );
  return (
    <Create goBack={backIcon} saveButtonProps={saveButtonProps} title="New company">
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <CompanyFormFields />
      </Form>
    </Create>
  );
}

// Editing someone's profile. A role change is confirmed first, and when the database refuses
// (only admins change roles; the last admin stays one) its reason is what the notification says.
import type { AppRole, Profile } from "@db/schema/profiles";
import { Edit } from "@refinedev/antd";
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { App, Form } from "antd";
import type { z } from "zod/v4";
import { backIcon } from "../../components/layout/back-icon";
import { profileChangesSchema } from "./changes";
import { PersonFields } from "./fields";
import { displayName } from "./person-row";
import { isRoleChange, roleChangeConsequence, roleChangeQuestion } from "./roles";

export default function PersonEdit() {
  const { modal } = App.useApp();
  const { data: identity } = useGetIdentity<Identity>();
  const { form, formProps, saveButtonProps, query } = useResourceForm<
    Profile,
    typeof profileChangesSchema
  >(profileChangesSchema, {
    resource: "profiles",
    action: "edit",
    redirect: "show",
    successNotification: (data) => ({
      type: "success",
      message: `${data?.data ? displayName(data.data) : "The profile"} was saved`,
    }),
  });
  const person = query?.data?.data;
  const role = Form.useWatch<AppRole | undefined>("role", form);

  const save = (values: z.input<typeof profileChangesSchema>) => {
    const role = values.role;
    if (!person || !role || !isRoleChange(person.role, role)) {
      return formProps.onFinish(values);
    }
    modal.confirm({
      title: roleChangeQuestion(displayName(person), role),
      content: roleChangeConsequence(role),
      okText: "Change role",
      // The refusal is already shown by the error notification; the dialog just closes.
      onOk: async () => {
        try {
          await formProps.onFinish(values);
        } catch {}
      },
    });
  };

  return (
    <Edit
      goBack={backIcon}
      title={person ? `Edit ${displayName(person)}` : "Edit person"}
      saveButtonProps={saveButtonProps}
      isLoading={query?.isLoading}
      canDelete={false}
    >
      <Form {...formProps} onFinish={save} layout="vertical" style={{ maxWidth: 560 }}>
        <PersonFields
          canChangeRole={identity?.role === "admin"}
          role={role ?? person?.role}
          companyId={person?.company_id}
        />
      </Form>
    </Edit>
  );
}

// The profile fields staff edit. The role is an admin's call (the database refuses anyone else),
// so for the team it is shown but locked; the company only means something for clients.

import type { AppRole, Profile } from "@db/schema/profiles";
import { updateProfileAsStaffSchema } from "@db/validation/profiles";
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { Form } from "antd";
import { CompanyField } from "../../components/form/reference-fields";
import { useAdminT } from "../../i18n";
import { roleOptions } from "./roles";

const fields = updateProfileAsStaffSchema.shape;

/** @param saved the profile as saved, once it has loaded. */
export function PersonFields({ saved }: { saved: Profile | undefined }) {
  const { data: identity } = useGetIdentity<Identity>();
  const canChangeRole = identity?.role === "admin";
  // The company field follows the role being chosen, not the saved one.
  const role = Form.useWatch<AppRole | undefined>("role", Form.useFormInstance()) ?? saved?.role;
  const t = useAdminT();
  const localeOptions = (["en", "fr"] as const).map((value) => ({
    value,
    label: t(`admin.people.form.languages.${value}`),
  }));
  return (
    <>
      <TextField schema={fields.full_name} name="full_name" />
      <SelectField
        schema={fields.role}
        name="role"
        extra={canChangeRole ? undefined : t("admin.people.form.adminOnly")}
        input={{ options: roleOptions(t), disabled: !canChangeRole }}
      />
      {role === "client" ? (
        <CompanyField schema={fields.company_id} name="company_id" current={saved?.company_id} />
      ) : null}
      <SelectField
        schema={fields.locale}
        name="locale"
        label={t("admin.people.show.emailLanguage")}
        input={{ options: localeOptions }}
      />
    </>
  );
}

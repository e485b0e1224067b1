// Fields that pick a row of another resource (a client company, a staff member), checked by the
// form's schema like any other field. Each loads its options by name and shows the saved choice
// before they arrive. Whether the choice may be emptied, and what the empty select says, follow
// from the schema: an optional reference can be cleared back to "nobody yet".
import type { FieldProps } from "@supabase-client/forms/fields";
import { SelectField } from "@supabase-client/forms/fields";
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import { useAdminT } from "../../i18n";
import { useCompanySelect } from "./use-company-select";
import { useStaffSelect } from "./use-staff-select";

interface ReferenceFieldProps extends FieldProps {
  /** The saved id, so its name shows before the options load. */
  current?: string | null | undefined;
}

/** @example <CompanyField schema={shape.company_id} name="company_id" current={saved?.company_id} /> */
export function CompanyField({ current, ...field }: ReferenceFieldProps) {
  const t = useAdminT();
  const { selectProps } = useCompanySelect(current);
  const optional = !fieldLimits(field.schema).isRequired;
  const placeholder = t(
    optional ? "admin.components.reference.noCompany" : "admin.components.reference.chooseCompany",
  );
  return <SelectField {...field} input={{ ...selectProps, allowClear: optional, placeholder }} />;
}

/** A team member or admin, e.g. a company's account manager; optional wherever it is asked. */
export function StaffField({ current, ...field }: ReferenceFieldProps) {
  const t = useAdminT();
  const { selectProps } = useStaffSelect(current);
  const optional = !fieldLimits(field.schema).isRequired;
  const placeholder = t("admin.components.reference.nobodyYet");
  return <SelectField {...field} input={{ ...selectProps, allowClear: optional, placeholder }} />;
}

// Fields that pick a row of another resource (a client company, a staff member), checked by the
// form's schema like any other field. Each loads its options by name and shows the saved choice
// before they arrive. Whether the choice may be emptied, and what the empty select says, follow
// from the schema: an optional reference can be cleared back to "nobody yet".
import type { FieldProps } from "@supabase-client/forms/fields";
import { SelectField } from "@supabase-client/forms/fields";
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import type { SelectProps } from "antd";
import { type AdminKey, useAdminT } from "../../i18n";
import { useCompanySelect } from "./use-company-select";
import { useStaffSelect } from "./use-staff-select";

interface ReferenceFieldProps extends FieldProps {
  /** The saved id, so its name shows before the options load. */
  current?: string | null | undefined;
}

/** What each reference's empty select says: while it may stay empty, and while it must be chosen. */
const emptyWords = {
  company: {
    optional: "admin.components.reference.noCompany",
    required: "admin.components.reference.chooseCompany",
  },
  staff: {
    optional: "admin.components.reference.nobodyYet",
    required: "admin.components.reference.chooseStaff",
  },
} satisfies Record<string, Record<"optional" | "required", AdminKey>>;

function ReferenceSelect({
  field,
  selectProps,
  empty,
}: {
  field: FieldProps;
  selectProps: SelectProps;
  empty: (typeof emptyWords)[keyof typeof emptyWords];
}) {
  const t = useAdminT();
  const optional = !fieldLimits(field.schema).isRequired;
  const placeholder = t(optional ? empty.optional : empty.required);
  return <SelectField {...field} input={{ ...selectProps, allowClear: optional, placeholder }} />;
}

/** @example <CompanyField schema={shape.company_id} name="company_id" current={saved?.company_id} /> */
export function CompanyField({ current, ...field }: ReferenceFieldProps) {
  const { selectProps } = useCompanySelect(current);
  return <ReferenceSelect field={field} selectProps={selectProps} empty={emptyWords.company} />;
}

/** A team member or admin, e.g. a company's account manager. */
export function StaffField({ current, ...field }: ReferenceFieldProps) {
  const { selectProps } = useStaffSelect(current);
  return <ReferenceSelect field={field} selectProps={selectProps} empty={emptyWords.staff} />;
}

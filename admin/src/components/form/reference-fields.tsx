// Fields that pick a row of another resource (a client company, a staff member), checked by the
// form's schema like any other field. Each loads its options by name and shows the saved choice
// before they arrive.
import type { FieldProps } from "@supabase-client/forms/fields";
import { SelectField } from "@supabase-client/forms/fields";
import { useCompanySelect } from "./use-company-select";
import { useStaffSelect } from "./use-staff-select";

interface ReferenceFieldProps extends FieldProps {
  /** The saved id, so its name shows before the options load. */
  current?: string | null | undefined;
  /** What the empty select says. */
  placeholder: string;
  /** Whether the choice may be emptied again (an optional reference). */
  allowClear?: boolean;
}

/** @example <CompanyField schema={shape.company_id} name="company_id" current={saved?.company_id} placeholder="Choose" /> */
export function CompanyField({ current, placeholder, allowClear, ...field }: ReferenceFieldProps) {
  const { selectProps } = useCompanySelect(current);
  return <SelectField {...field} input={{ ...selectProps, allowClear, placeholder }} />;
}

/** A team member or admin, e.g. a company's account manager. */
export function StaffField({ current, placeholder, allowClear, ...field }: ReferenceFieldProps) {
  const { selectProps } = useStaffSelect(current);
  return <SelectField {...field} input={{ ...selectProps, allowClear, placeholder }} />;
}

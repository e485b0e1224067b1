// The project form's inputs, shared by create and edit. Labels, limits and per-field rules come
// from db/validation's schema, so a field complains as soon as it is left in a state the save
// would refuse; the whole schema checks again on submit.
import type { Project } from "@db/schema/projects";
import { projectStatusOptions } from "@db/status/projects";
import { insertProjectSchema } from "@db/validation/projects";
import { DateField } from "@supabase-client/forms/date-field";
import { NumberField, SelectField, TextAreaField, TextField } from "@supabase-client/forms/fields";
import { useValidationText } from "@supabase-client/i18n/locale-context";
import type { FormRule } from "antd";
import { FieldRow } from "../../components/form/field-row";
import { CompanyField, StaffField } from "../../components/form/reference-fields";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
import { dueBeforeStartMessage, isDueBeforeStart } from "./dates";

const shape = insertProjectSchema.shape;

// The schema's dates refinement only runs once every other field is valid; this shows the same
// message beside the due date while the rest of the form is still being filled in.
const dueDateRule =
  (message: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: async (_rule, due: string | null | undefined) => {
      if (isDueBeforeStart(getFieldValue("start_date"), due)) {
        throw new Error(message);
      }
    },
  });

interface ProjectFieldsProps {
  /** The saved project when editing, so its company and manager show before the options load. */
  record?: Project;
}

export function ProjectFields({ record }: ProjectFieldsProps) {
  const t = useAdminT();
  const translate = useValidationText();
  const { options } = useStatusWords();

  return (
    <>
      <FieldRow>
        <CompanyField schema={shape.company_id} name="company_id" current={record?.company_id} />
        <TextField schema={shape.name} name="name" />
      </FieldRow>
      <FieldRow>
        <SelectField
          schema={shape.status}
          name="status"
          input={{ options: options("project", projectStatusOptions) }}
        />
        <StaffField
          schema={shape.account_manager_id}
          name="account_manager_id"
          current={record?.account_manager_id}
        />
      </FieldRow>
      <FieldRow>
        <DateField schema={shape.start_date} name="start_date" />
        <DateField
          schema={shape.due_date}
          name="due_date"
          dependencies={["start_date"]}
          rules={[dueDateRule(translate(dueBeforeStartMessage))]}
        />
        <NumberField schema={shape.progress} name="progress" input={{ style: { width: "100%" } }} />
      </FieldRow>
      <TextAreaField
        schema={shape.client_summary}
        name="client_summary"
        extra={t("admin.projects.form.clientSummaryHelp")}
        input={{ showCount: true }}
      />
    </>
  );
}

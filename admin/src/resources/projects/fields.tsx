// The project form's inputs, shared by create and edit. Labels, limits and per-field rules come
// from db/validation's schema, so a field complains as soon as it is left in a state the save
// would refuse; the whole schema checks again on submit.
import type { Project } from "@db/schema/projects";
import { projectStatusOptions } from "@db/status/projects";
import { insertProjectSchema } from "@db/validation/projects";
import { DateField } from "@supabase-client/forms/date-field";
import { NumberField, SelectField, TextAreaField, TextField } from "@supabase-client/forms/fields";
import type { FormRule } from "antd";
import { Col, Row } from "antd";
import { useCompanySelect } from "../../components/form/use-company-select";
import { useStaffSelect } from "../../components/form/use-staff-select";
import { dueBeforeStartMessage, isDueBeforeStart } from "./dates";

const shape = insertProjectSchema.shape;

// The schema's dates refinement only runs once every other field is valid; this shows the same
// message beside the due date while the rest of the form is still being filled in.
const dueDateRule: FormRule = ({ getFieldValue }) => ({
  validator: async (_rule, due: string | null | undefined) => {
    if (isDueBeforeStart(getFieldValue("start_date"), due)) {
      throw new Error(dueBeforeStartMessage);
    }
  },
});

interface ProjectFieldsProps {
  /** The saved project when editing, so its company and manager show before the options load. */
  record?: Project;
}

export function ProjectFields({ record }: ProjectFieldsProps) {
  const { selectProps: companyProps } = useCompanySelect(record?.company_id);
  const { selectProps: managerProps } = useStaffSelect(record?.account_manager_id);

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <SelectField
            schema={shape.company_id}
            name="company_id"
            label="Company"
            input={{ ...companyProps, placeholder: "Choose a company" }}
          />
        </Col>
        <Col xs={24} md={12}>
          <TextField schema={shape.name} name="name" />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <SelectField
            schema={shape.status}
            name="status"
            label="Status"
            input={{ options: projectStatusOptions }}
          />
        </Col>
        <Col xs={24} md={12}>
          <SelectField
            schema={shape.account_manager_id}
            name="account_manager_id"
            label="Account manager"
            input={{ ...managerProps, allowClear: true, placeholder: "Nobody yet" }}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <DateField schema={shape.start_date} name="start_date" label="Start date" />
        </Col>
        <Col xs={24} md={8}>
          <DateField
            schema={shape.due_date}
            name="due_date"
            label="Due date"
            dependencies={["start_date"]}
            rules={[dueDateRule]}
          />
        </Col>
        <Col xs={24} md={8}>
          <NumberField
            schema={shape.progress}
            name="progress"
            label="Progress (%)"
            input={{ style: { width: "100%" } }}
          />
        </Col>
      </Row>
      <TextAreaField
        schema={shape.client_summary}
        name="client_summary"
        extra="What the client sees about this project in the portal."
        input={{ showCount: true }}
      />
    </>
  );
}

// The project form's inputs, shared by create and edit. Per-field rules come from
// db/validation's schema, so a field complains as soon as it is left in a state the save would
// refuse; the whole schema checks again on submit.

import { limits } from "@db/limits";
import type { Company } from "@db/schema/companies";
import type { Project } from "@db/schema/projects";
import { insertProjectSchema } from "@db/validation/projects";
import { useSelect } from "@refinedev/antd";
import { zodRule } from "@supabase-client/forms/zod-rule";
import type { FormRule } from "antd";
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useStaffSelect } from "../../components/form/use-staff-select";
import { dueBeforeStartMessage, isDueBeforeStart, toPickerDay, toStoredDay } from "./dates";
import { projectStatusOptions } from "./labels";

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

const dayProps = {
  getValueProps: (value: string | null | undefined) => ({ value: toPickerDay(value) }),
  normalize: (day: Dayjs | null) => toStoredDay(day),
};

interface ProjectFieldsProps {
  /** The saved project when editing, so its company and manager show before the options load. */
  record?: Project;
}

export function ProjectFields({ record }: ProjectFieldsProps) {
  const { selectProps: companyProps } = useSelect<Company>({
    resource: "companies",
    optionLabel: "name",
    optionValue: "id",
    sorters: [{ field: "name", order: "asc" }],
    defaultValue: record?.company_id,
    pagination: { pageSize: 50 },
  });
  const { selectProps: managerProps } = useStaffSelect(record?.account_manager_id);

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Company" name="company_id" rules={[zodRule(shape.company_id)]}>
            <Select {...companyProps} placeholder="Choose a company" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Name" name="name" required rules={[zodRule(shape.name)]}>
            <Input maxLength={limits.name} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Status" name="status" rules={[zodRule(shape.status)]}>
            <Select options={projectStatusOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Account manager" name="account_manager_id">
            <Select {...managerProps} allowClear placeholder="Nobody yet" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="Start date" name="start_date" {...dayProps}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="Due date"
            name="due_date"
            dependencies={["start_date"]}
            rules={[dueDateRule]}
            {...dayProps}
          >
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Progress (%)" name="progress" rules={[zodRule(shape.progress)]}>
            <InputNumber min={0} max={100} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="Client summary"
        name="client_summary"
        extra="What the client sees about this project in the portal."
        rules={[zodRule(shape.client_summary)]}
      >
        <Input.TextArea rows={4} maxLength={limits.body} showCount />
      </Form.Item>
    </>
  );
}

// Form fields side by side on a wide screen and stacked on a phone, each in an equal column, so a
// resource's fields.tsx lists fields rather than grid cells.
import { Col, Row } from "antd";
import { Children, type ReactNode } from "react";

/** @example <FieldRow><TextField … /><SelectField … /></FieldRow> */
export function FieldRow({ children }: { children: ReactNode }) {
  const span = 24 / Children.count(children);
  return (
    <Row gutter={16}>
      {Children.map(children, (field) => (
        <Col xs={24} md={span}>
          {field}
        </Col>
      ))}
    </Row>
  );
}

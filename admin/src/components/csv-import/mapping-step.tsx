// The import's second step: which CSV column fills each field, guessed from the headers and open
// to change; a required field must have one.
import { fieldLimits } from "@supabase-client/forms/schema-limits";
import { Button, Form, Select, Space, Typography } from "antd";
import type { ImportKind } from "./import-kind";
import type { Mapping } from "./mapping";
import { useImportWords } from "./words";

interface MappingStepProps {
  kind: ImportKind;
  headers: readonly string[];
  rowCount: number;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  onBack: () => void;
  onNext: () => void;
}

export function MappingStep(props: MappingStepProps) {
  const { kind, headers, rowCount, mapping, onChange, onBack, onNext } = props;
  const { t } = useImportWords();
  const required = kind.fields.filter((field) => {
    const schema = kind.rules.schema.shape[field.key];
    return schema ? fieldLimits(schema).isRequired : false;
  });
  const missing = required.filter((field) => !mapping[field.key]);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Text>{t("admin.csv.import.rowsFound", { count: rowCount })}</Typography.Text>
      <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 12 }}>
        {kind.fields.map((field) => (
          <Form.Item
            key={field.key}
            label={field.label}
            required={required.includes(field)}
            htmlFor={`csv-map-${field.key}`}
          >
            <Select<string>
              id={`csv-map-${field.key}`}
              allowClear
              placeholder={t("admin.csv.import.leaveBlank")}
              value={mapping[field.key]}
              options={headers.map((header) => ({ value: header, label: header }))}
              onChange={(header) => onChange({ ...mapping, [field.key]: header })}
            />
          </Form.Item>
        ))}
      </Form>
      {missing.length > 0 ? (
        <Typography.Text type="danger">
          {t("admin.csv.import.chooseColumn", {
            fields: missing.map((field) => field.label).join(", "),
          })}
        </Typography.Text>
      ) : null}
      <Space>
        <Button onClick={onBack}>{t("admin.csv.import.otherFile")}</Button>
        <Button type="primary" disabled={missing.length > 0} onClick={onNext}>
          {t("admin.csv.import.checkRows")}
        </Button>
      </Space>
    </Space>
  );
}

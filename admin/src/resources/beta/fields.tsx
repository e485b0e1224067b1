// The product form shared by create and edit, each field checked by db/validation's rule.
import { limits } from "@db/limits";
import { insertProductSchema } from "@db/validation/beta";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Form, Input, Select } from "antd";
import { productStatusOptions } from "./labels";

const shape = insertProductSchema.shape;

export function ProductFields() {
  return (
    <>
      <Form.Item label="Name" name="name" required rules={[zodRule(shape.name)]}>
        <Input maxLength={limits.name} />
      </Form.Item>
      <Form.Item
        label="Slug"
        name="slug"
        required
        extra="The product's address in the portal: /beta/<slug>."
        rules={[zodRule(shape.slug)]}
      >
        <Input placeholder="atrium-mobile" />
      </Form.Item>
      <Form.Item label="Status" name="status" rules={[zodRule(shape.status)]}>
        <Select options={productStatusOptions} />
      </Form.Item>
      <Form.Item label="Description" name="description" rules={[zodRule(shape.description)]}>
        <Input.TextArea rows={4} maxLength={limits.body} />
      </Form.Item>
    </>
  );
}

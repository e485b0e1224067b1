// The page form shared by create and edit. Each field is checked by db/validation's rule as it
// is left, so a bad slug is named next to the slug before anything is sent.
import { limits } from "@db/limits";
import { insertPageSchema } from "@db/validation/content";
import { zodRule } from "@supabase-client/zod-form";
import { Col, Form, Input, Radio, Row } from "antd";
import { pageStatusOptions } from "./labels";
import { MediaPicker } from "./media-picker";

const shape = insertPageSchema.shape;

export function PageFields() {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Title" name="title" required rules={[zodRule(shape.title)]}>
            <Input maxLength={limits.name} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="Slug"
            name="slug"
            required
            extra="The page's address, such as about or legal/privacy."
            rules={[zodRule(shape.slug)]}
          >
            <Input placeholder="about" />
          </Form.Item>
        </Col>
      </Row>
      <MediaPicker field="body" />
      <Form.Item label="Body" name="body" extra="Markdown." rules={[zodRule(shape.body)]}>
        <Input.TextArea rows={12} />
      </Form.Item>
      <Form.Item label="Status" name="status" rules={[zodRule(shape.status)]}>
        <Radio.Group optionType="button" options={pageStatusOptions} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="SEO title" name="seo_title" rules={[zodRule(shape.seo_title)]}>
            <Input maxLength={limits.name} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="SEO description"
            name="seo_description"
            rules={[zodRule(shape.seo_description)]}
          >
            <Input.TextArea rows={2} maxLength={limits.seoDescription} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

// Adding a build to a product. It starts unpublished, so the admin can check it before clients
// see it; publishing is a separate step in the list.
import { limits } from "@db/limits";
import type { BetaBuild } from "@db/schema/beta";
import { insertBuildSchema } from "@db/validation/beta";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Button, Form, Input } from "antd";

type FormValues = Pick<BetaBuild, "version" | "release_notes">;

const shape = insertBuildSchema.shape;

export function AddBuildForm({ productId }: { productId: string }) {
  const { formProps, isSaving } = useRecordForm(insertBuildSchema, {
    resource: "beta_builds",
    prepare: (values: FormValues) => ({ ...values, product_id: productId }),
    savedMessage: (build) => `Build ${build.version} added, not published yet`,
  });

  return (
    <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
      <Form.Item label="Version" name="version" required rules={[zodRule(shape.version)]}>
        <Input placeholder="1.4.0" maxLength={50} />
      </Form.Item>
      <Form.Item label="Release notes" name="release_notes" rules={[zodRule(shape.release_notes)]}>
        <Input.TextArea rows={3} maxLength={limits.body} />
      </Form.Item>
      <Button htmlType="submit" loading={isSaving}>
        Add build
      </Button>
    </Form>
  );
}

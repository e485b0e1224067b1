// Adding a build to a product. It starts unpublished, so the admin can check it before clients
// see it; publishing is a separate step in the list.
import { limits } from "@db/limits";
import type { BetaBuild } from "@db/schema/beta";
import { insertBuildSchema } from "@db/validation/beta";
import { useCreate } from "@refinedev/core";
import { fieldErrors, zodRule } from "@supabase-client/zod-form";
import { Button, Form, Input } from "antd";

type FormValues = Pick<BetaBuild, "version" | "release_notes">;

const shape = insertBuildSchema.shape;

export function AddBuildForm({ productId }: { productId: string }) {
  const [form] = Form.useForm<FormValues>();
  const { mutate, mutation } = useCreate<BetaBuild>();

  const onFinish = (values: FormValues) => {
    const parsed = insertBuildSchema.safeParse({ ...values, product_id: productId });
    if (!parsed.success) {
      form.setFields(fieldErrors(parsed.error) as Parameters<typeof form.setFields>[0]);
      return;
    }
    mutate(
      {
        resource: "beta_builds",
        values: parsed.data,
        successNotification: {
          type: "success",
          message: `Build ${parsed.data.version} added, not published yet`,
        },
      },
      { onSuccess: () => form.resetFields() },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 560 }}>
      <Form.Item label="Version" name="version" required rules={[zodRule(shape.version)]}>
        <Input placeholder="1.4.0" maxLength={50} />
      </Form.Item>
      <Form.Item label="Release notes" name="release_notes" rules={[zodRule(shape.release_notes)]}>
        <Input.TextArea rows={3} maxLength={limits.body} />
      </Form.Item>
      <Button htmlType="submit" loading={mutation.isPending}>
        Add build
      </Button>
    </Form>
  );
}

// Adding a build to a product. It starts unpublished, so the admin can check it before clients
// see it; publishing is a separate step in the list.
import type { BetaBuild } from "@db/schema/beta";
import { insertBuildSchema } from "@db/validation/beta";
import { TextAreaField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, Form } from "antd";
import { useAdminT } from "../../i18n";

type FormValues = Pick<BetaBuild, "version" | "release_notes">;

const shape = insertBuildSchema.shape;

export function AddBuildForm({ productId }: { productId: string }) {
  const t = useAdminT();
  const { formProps, isSaving } = useRecordForm(insertBuildSchema, {
    resource: "beta_builds",
    prepare: (values: FormValues) => ({ ...values, product_id: productId }),
    savedMessage: (build) => t("admin.beta.builds.added", { version: build.version }),
  });

  return (
    <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
      <TextField schema={shape.version} name="version" input={{ placeholder: "1.4.0" }} />
      <TextAreaField
        schema={shape.release_notes}
        name="release_notes"
        label={t("admin.beta.builds.releaseNotes")}
        input={{ rows: 3 }}
      />
      <Button htmlType="submit" loading={isSaving}>
        {t("admin.beta.builds.add")}
      </Button>
    </Form>
  );
}

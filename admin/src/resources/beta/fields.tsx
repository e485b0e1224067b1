// The product form shared by create and edit; limits and checks come from db/validation, labels
// from the schema or the field's name (forms/fields.tsx).
import { insertProductSchema } from "@db/validation/beta";
import { SelectField, TextAreaField, TextField } from "@supabase-client/forms/fields";
import { useAdminT } from "../../i18n";
import { useProductStatus } from "./status-words";

const shape = insertProductSchema.shape;

export function ProductFields() {
  const t = useAdminT();
  const { options } = useProductStatus();
  return (
    <>
      <TextField schema={shape.name} name="name" />
      <TextField
        schema={shape.slug}
        name="slug"
        extra={t("admin.beta.form.slugHelp")}
        input={{ placeholder: "atrium-mobile" }}
      />
      <SelectField schema={shape.status} name="status" input={{ options }} />
      <TextAreaField schema={shape.description} name="description" />
    </>
  );
}

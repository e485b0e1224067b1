// The product form shared by create and edit; labels, limits and checks come from db/validation.
import { productStatusOptions } from "@db/status/beta";
import { insertProductSchema } from "@db/validation/beta";
import { SelectField, TextAreaField, TextField } from "@supabase-client/forms/fields";

const shape = insertProductSchema.shape;

export function ProductFields() {
  return (
    <>
      <TextField schema={shape.name} name="name" />
      <TextField
        schema={shape.slug}
        name="slug"
        label="Slug"
        extra="The product's address in the portal: /beta/<slug>."
        input={{ placeholder: "atrium-mobile" }}
      />
      <SelectField
        schema={shape.status}
        name="status"
        label="Status"
        input={{ options: productStatusOptions }}
      />
      <TextAreaField schema={shape.description} name="description" />
    </>
  );
}

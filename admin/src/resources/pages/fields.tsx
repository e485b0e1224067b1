// The page form shared by create and edit. Each field is checked by db/validation's rule as it
// is left, so a bad slug is named next to the slug before anything is sent.
import { pageStatusOptions } from "@db/status/pages";
import { insertPageSchema } from "@db/validation/content";
import { MarkdownField, SchemaItem, TextAreaField, TextField } from "@supabase-client/forms/fields";
import { Radio } from "antd";
import { FieldRow } from "../../components/form/field-row";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
import { MediaPicker } from "./media-picker";

const shape = insertPageSchema.shape;

export function PageFields() {
  const t = useAdminT();
  const { options } = useStatusWords();
  return (
    <>
      <FieldRow>
        <TextField schema={shape.title} name="title" />
        <TextField
          schema={shape.slug}
          name="slug"
          label={t("admin.pages.list.slug")}
          extra={t("admin.pages.form.slugHelp")}
          input={{ placeholder: "about" }}
        />
      </FieldRow>
      <MediaPicker field="body" />
      <MarkdownField schema={shape.body} name="body" input={{ rows: 12 }} />
      <SchemaItem schema={shape.status} name="status">
        <Radio.Group optionType="button" options={options("page", pageStatusOptions)} />
      </SchemaItem>
      <FieldRow>
        <TextField schema={shape.seo_title} name="seo_title" />
        <TextAreaField schema={shape.seo_description} name="seo_description" input={{ rows: 2 }} />
      </FieldRow>
    </>
  );
}

// The person's own name and language. RLS lets them update only their own profile, and the guard
// trigger on profiles refuses a role or company change, whatever the browser sends.
import type { Profile } from "@db/schema/profiles";
import { localeLabels, profileLocales, updateOwnProfileSchema } from "@db/validation/profiles";
import { useInvalidateAuthStore, useOne } from "@refinedev/core";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { App, Button, Form, Skeleton } from "antd";

const shape = updateOwnProfileSchema.shape;
const localeOptions = profileLocales.map((value) => ({ value, label: localeLabels[value] }));

export function DetailsForm({ profileId }: { profileId: string }) {
  const { message } = App.useApp();
  const invalidateIdentity = useInvalidateAuthStore();
  const { result: profile, query } = useOne<Profile>({ resource: "profiles", id: profileId });
  const { formProps, isSaving } = useRecordForm(updateOwnProfileSchema, {
    resource: "profiles",
    id: profileId,
    savedMessage: () => "Profile saved",
    // Keep what was typed; the header and the page read the name from the identity.
    onSaved: () => {
      void message.success("Profile saved");
      void invalidateIdentity();
    },
  });

  if (query.isLoading || !profile) {
    return <Skeleton active paragraph={{ rows: 2 }} />;
  }
  return (
    <Form
      {...formProps}
      layout="vertical"
      requiredMark={false}
      initialValues={{ full_name: profile.full_name ?? "", locale: profile.locale }}
    >
      <TextField
        schema={shape.full_name}
        name="full_name"
        // The drizzle-zod wrappers hide the schema's title from the field: name it here.
        label="Name"
        input={{ autoComplete: "name" }}
      />
      <SelectField
        schema={shape.locale}
        name="locale"
        label="Language"
        extra="The language of the emails we send you."
        input={{ options: localeOptions }}
      />
      <Button type="primary" htmlType="submit" loading={isSaving}>
        Save
      </Button>
    </Form>
  );
}

// The person's own name and language. RLS lets them update only their own profile, and the guard
// trigger on profiles refuses a role or company change, whatever the browser sends.
import type { Profile } from "@db/schema/profiles";
import { profileLocales, updateOwnProfileSchema } from "@db/validation/profiles";
import { useInvalidateAuthStore, useOne } from "@refinedev/core";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { useLocale, useT } from "@supabase-client/i18n/locale-context";
import { isLocale } from "@supabase-client/i18n/locales";
import { App, Button, Form, Skeleton } from "antd";

const shape = updateOwnProfileSchema.shape;

export function DetailsForm({ profileId }: { profileId: string }) {
  const { message } = App.useApp();
  const invalidateIdentity = useInvalidateAuthStore();
  const t = useT();
  const { setLocale } = useLocale();
  // Each language named in its own words, whatever the page's language.
  const localeOptions = profileLocales.map((value) => ({ value, label: t(`language.${value}`) }));
  const { result: profile, query } = useOne<Profile>({ resource: "profiles", id: profileId });
  const { formProps, isSaving } = useRecordForm(updateOwnProfileSchema, {
    resource: "profiles",
    id: profileId,
    savedMessage: () => t("portal.profile.saved"),
    // Keep what was typed; the header and the page read the name from the identity. The chosen
    // language applies at once (the identity's reload confirms it).
    onSaved: (saved) => {
      if (isLocale(saved.locale)) {
        setLocale(saved.locale);
      }
      void message.success(t("portal.profile.saved"));
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
        label={t("portal.profile.name")}
        input={{ autoComplete: "name" }}
      />
      <SelectField
        schema={shape.locale}
        name="locale"
        label={t("portal.profile.language")}
        extra={t("portal.profile.languageHelp")}
        input={{ options: localeOptions }}
      />
      <Button type="primary" htmlType="submit" loading={isSaving}>
        {t("portal.profile.save")}
      </Button>
    </Form>
  );
}

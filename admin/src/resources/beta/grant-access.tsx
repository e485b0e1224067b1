// Granting access to a product: to one client or to a whole company. The database emails the
// grantee as soon as the grant exists, so the admin confirms first.
import type { Profile } from "@db/schema/profiles";
import { grantBetaAccessSchema } from "@db/validation/beta";
import { useSelect } from "@refinedev/antd";
import { SelectField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, Form, Modal, Radio, Space } from "antd";
import { useState } from "react";
import type { z } from "zod/v4";
import { useCompanySelect } from "../../components/form/use-company-select";
import { useAdminT } from "../../i18n";
import { type GranteeKind, grantConfirmation } from "./grants";

const shape = grantBetaAccessSchema.shape;
const wide = { width: 320 };

type NewGrant = z.infer<typeof grantBetaAccessSchema>;

interface FormValues {
  kind: GranteeKind;
  profile_id?: string;
  company_id?: string;
}

interface Pending {
  grant: NewGrant;
  kind: GranteeKind;
  name: string;
}

export function GrantAccessForm({ productId }: { productId: string }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const t = useAdminT();
  const { selectProps: people } = useSelect<Profile>({
    resource: "profiles",
    optionLabel: (profile) =>
      profile.full_name ? `${profile.full_name} (${profile.email})` : profile.email,
    optionValue: "id",
    searchField: "full_name",
    filters: [{ field: "role", operator: "eq", value: "client" }],
    sorters: [{ field: "full_name", order: "asc" }],
    pagination: { pageSize: 50 },
  });
  const { selectProps: companies } = useCompanySelect();

  const labelOf = (options: typeof people.options, value: string | null | undefined) =>
    String(
      options?.find((option) => option.value === value)?.label ??
        t("admin.beta.grants.thisGrantee"),
    );

  const { form, formProps, save, isSaving } = useRecordForm(grantBetaAccessSchema, {
    resource: "beta_access",
    prepare: (values: FormValues) => ({
      product_id: productId,
      profile_id: values.kind === "person" ? (values.profile_id ?? null) : null,
      company_id: values.kind === "company" ? (values.company_id ?? null) : null,
    }),
    // The schema files a missing grantee under profile_id; show it under whichever is asked.
    placeErrors: (errors, values) =>
      errors.map((error) =>
        values.kind === "company" && error.name[0] === "profile_id"
          ? { ...error, name: ["company_id"] }
          : error,
      ),
    // The database emails the grantee as soon as the grant exists, so the admin confirms first.
    onValid: (grant, values) =>
      setPending({
        grant,
        kind: values.kind,
        name:
          values.kind === "person"
            ? labelOf(people.options, values.profile_id)
            : labelOf(companies.options, values.company_id),
      }),
    savedMessage: () =>
      t("admin.beta.grants.granted", { name: pending?.name ?? t("admin.beta.grants.theGrantee") }),
    onSaved: () => {
      setPending(null);
      form.resetFields();
    },
  });
  const kind = Form.useWatch("kind", form) ?? "person";

  // One field, for whichever kind of grantee is being chosen.
  const grantee =
    kind === "person"
      ? {
          schema: shape.profile_id,
          name: "profile_id",
          label: t("admin.beta.grants.person"),
          placeholder: t("admin.beta.grants.chooseClient"),
          select: people,
        }
      : {
          schema: shape.company_id,
          name: "company_id",
          label: t("admin.beta.grants.company"),
          placeholder: t("admin.beta.grants.chooseCompany"),
          select: companies,
        };

  const question = pending ? grantConfirmation(pending.kind, pending.name, t) : null;

  return (
    <>
      <Form {...formProps} layout="inline" initialValues={{ kind: "person" }}>
        <Form.Item name="kind">
          <Radio.Group
            optionType="button"
            options={[
              { value: "person", label: t("admin.beta.grants.aPerson") },
              { value: "company", label: t("admin.beta.grants.aCompany") },
            ]}
          />
        </Form.Item>
        <SelectField
          schema={grantee.schema}
          name={grantee.name}
          label={grantee.label}
          input={{
            ...grantee.select,
            allowClear: true,
            placeholder: grantee.placeholder,
            style: wide,
          }}
        />
        <Space>
          <Button type="primary" htmlType="submit">
            {t("admin.beta.grants.grant")}
          </Button>
        </Space>
      </Form>
      <Modal
        title={question?.title}
        open={pending !== null}
        okText={t("admin.beta.grants.grantAndEmail")}
        okButtonProps={{ loading: isSaving }}
        onOk={() => {
          if (pending) {
            save(pending.grant);
          }
        }}
        onCancel={() => setPending(null)}
        destroyOnHidden
      >
        <p>{question?.description}</p>
      </Modal>
    </>
  );
}

// Uploading a build's file: the version names the folder (`<product_id>/<version>/<file>`),
// the file is checked against the bucket before it is sent, and the build row (new or
// existing for that version) points at the uploaded key. New builds start unpublished.

import { limits } from "@db/limits";
import type { BetaBuild } from "@db/schema/beta";
import { insertBuildSchema } from "@db/validation/beta";
import { useInvalidate } from "@refinedev/core";
import { fieldErrors, showFieldErrors } from "@supabase-client/forms/field-errors";
import { SchemaItem, TextField } from "@supabase-client/forms/fields";
import { betaBuildKey } from "@supabase-client/storage/keys";
import { Button, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useNotice } from "../../components/actions/use-notice";
import { FilePicker } from "../../components/storage/file-picker";
import { UploadProgress } from "../../components/storage/upload-progress";
import { useUpload } from "../../components/storage/use-upload";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

type FormValues = Pick<BetaBuild, "version" | "release_notes">;

const shape = insertBuildSchema.shape;

export function BuildUpload({ productId }: { productId: string }) {
  const [form] = Form.useForm<FormValues>();
  const [file, setFile] = useState<File | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const { upload, state, reset } = useUpload("beta-builds");
  const invalidate = useInvalidate();
  const notice = useNotice();
  const t = useAdminT();

  const onFinish = async (values: FormValues) => {
    const parsed = insertBuildSchema.safeParse({ ...values, product_id: productId });
    if (!parsed.success) {
      showFieldErrors(form, fieldErrors(parsed.error));
      return;
    }
    if (!file) {
      notice.failed(t("admin.beta.builds.fileFirst"));
      return;
    }
    const key = betaBuildKey(productId, parsed.data.version, file.name);
    // Upsert: uploading the same version again replaces its file.
    if (!(await upload(key, file, { upsert: true }))) {
      return;
    }
    setIsSaving(true);
    const row: Record<string, string> = {
      product_id: productId,
      version: parsed.data.version,
      storage_path: key,
    };
    // Left out when blank, so a new file for an existing build keeps its notes.
    if (parsed.data.release_notes) {
      row.release_notes = parsed.data.release_notes;
    }
    const { error } = await supabase
      .from("beta_builds")
      .upsert(row, { onConflict: "product_id,version" });
    setIsSaving(false);
    if (error) {
      notice.failed(t("admin.beta.builds.saveFailed"), error.message);
      return;
    }
    notice.done(t("admin.beta.builds.uploaded", { version: parsed.data.version }));
    await invalidate({ resource: "beta_builds", invalidates: ["list"] });
    form.resetFields();
    setFile(null);
    reset();
  };

  const isBusy = state.isUploading || isSaving;

  return (
    <Form
      form={form}
      // Field ids get this prefix: the add-build form on the same page has a `version` too.
      name="build-upload"
      layout="vertical"
      onFinish={onFinish}
      style={{ maxWidth: 560 }}
      aria-label={t("admin.beta.builds.upload")}
    >
      <Typography.Title level={5}>{t("admin.beta.builds.upload")}</Typography.Title>
      <TextField
        schema={shape.version}
        name="version"
        label={t("admin.beta.builds.build")}
        extra={t("admin.beta.builds.buildHelp")}
        input={{ placeholder: "1.4.0", disabled: isBusy }}
      />
      <SchemaItem
        schema={shape.release_notes}
        name="release_notes"
        label={t("admin.beta.builds.notes")}
      >
        <Input.TextArea rows={3} maxLength={limits.body} disabled={isBusy} />
      </SchemaItem>
      <Form.Item label={t("admin.beta.builds.file")} required>
        <FilePicker
          bucket="beta-builds"
          file={file}
          onChange={setFile}
          label={t("admin.beta.builds.chooseFile")}
          disabled={isBusy}
        />
      </Form.Item>
      <UploadProgress state={state} />
      <Button htmlType="submit" type="primary" loading={isBusy} disabled={!file}>
        {t("admin.beta.builds.uploadButton")}
      </Button>
    </Form>
  );
}

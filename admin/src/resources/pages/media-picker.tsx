// "Insert image" beside a page's body: a modal over the `public-media` bucket where staff pick
// an image (or upload one first) and its public URL lands in the body as markdown.

import { buckets } from "@db/storage/buckets";
import { checkFile } from "@supabase-client/storage/check-file";
import { mediaKey } from "@supabase-client/storage/keys";
import type { StoredFile } from "@supabase-client/storage/list-folder";
import { appendBlock, imageMarkdown } from "@supabase-client/storage/markdown";
import { useFolderFiles } from "@supabase-client/storage/use-folder-files";
import { Alert, Button, Card, Empty, Form, Image, List, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { useNotice } from "../../components/actions/use-notice";
import { FilePicker } from "../../components/storage/file-picker";
import { UploadProgress } from "../../components/storage/upload-progress";
import { useUpload } from "../../components/storage/use-upload";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

const bucket = "public-media";
const rootFolder = [""];

function publicUrl(key: string): string {
  return supabase.storage.from(bucket).getPublicUrl(key).data.publicUrl;
}

function MediaLibrary({ onPick }: { onPick: (file: StoredFile) => void }) {
  const { files, isLoading, error, reload } = useFolderFiles(supabase, bucket, rootFolder);
  const [file, setFile] = useState<File | null>(null);
  const { upload, state, reset } = useUpload(bucket);
  const notice = useNotice();
  const t = useAdminT();

  const send = async () => {
    if (!file || checkFile(file, buckets[bucket])) {
      return;
    }
    if (await upload(mediaKey(file.name, new Date()), file)) {
      notice.done(t("admin.pages.media.uploaded", { name: file.name }));
      setFile(null);
      reset();
      reload();
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap align="start">
        <FilePicker
          bucket={bucket}
          file={file}
          onChange={setFile}
          label={t("admin.pages.media.choose")}
          disabled={state.isUploading}
        />
        <Button onClick={send} disabled={!file} loading={state.isUploading}>
          {t("admin.pages.media.upload")}
        </Button>
      </Space>
      <UploadProgress state={state} />
      {error ? <Alert type="error" showIcon message={error} /> : null}
      <List<StoredFile>
        loading={isLoading}
        grid={{ gutter: 12, xs: 2, md: 3 }}
        dataSource={files.filter((stored) => stored.mimeType?.startsWith("image/") ?? true)}
        locale={{ emptyText: <Empty description={t("admin.pages.media.empty")} /> }}
        renderItem={(stored) => (
          <List.Item key={stored.key}>
            <Card
              size="small"
              cover={
                <Image
                  src={publicUrl(stored.key)}
                  alt={stored.name}
                  preview={false}
                  height={96}
                  style={{ objectFit: "cover" }}
                />
              }
              actions={[
                <Button key="insert" type="link" onClick={() => onPick(stored)}>
                  {t("admin.pages.media.insertOne", { name: stored.name })}
                </Button>,
              ]}
            >
              <Typography.Text ellipsis>{stored.name}</Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    </Space>
  );
}

/** Mounted inside the page form; `field` names the markdown field it appends to. */
export function MediaPicker({ field }: { field: string }) {
  const form = Form.useFormInstance();
  const [isOpen, setIsOpen] = useState(false);
  const t = useAdminT();

  const insert = (stored: StoredFile) => {
    const current: unknown = form.getFieldValue(field);
    const markdown = imageMarkdown(publicUrl(stored.key), stored.name);
    form.setFieldValue(field, appendBlock(typeof current === "string" ? current : "", markdown));
    setIsOpen(false);
  };

  return (
    <>
      <Button onClick={() => setIsOpen(true)} style={{ marginBottom: 8 }}>
        {t("admin.pages.media.insert")}
      </Button>
      <Modal
        title={t("admin.pages.media.library")}
        open={isOpen}
        onCancel={() => setIsOpen(false)}
        footer={null}
        width={720}
        destroyOnHidden
      >
        <MediaLibrary onPick={insert} />
      </Modal>
    </>
  );
}

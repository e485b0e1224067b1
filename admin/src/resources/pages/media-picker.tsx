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
import { FolderUpload } from "../../components/storage/folder-upload";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

const bucket = "public-media";
const rootFolder = [""];

function publicUrl(key: string): string {
  return supabase.storage.from(bucket).getPublicUrl(key).data.publicUrl;
}

function MediaLibrary({ onPick }: { onPick: (file: StoredFile) => void }) {
  const { files, isLoading, error, reload } = useFolderFiles(supabase, bucket, rootFolder);
  const t = useAdminT();

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <FolderUpload
        bucket={bucket}
        // The picker has said why a file the bucket refuses is not sent.
        keyOf={(file) =>
          checkFile(file, buckets[bucket]) ? null : mediaKey(file.name, new Date())
        }
        words={{
          choose: t("admin.pages.media.choose"),
          upload: t("admin.pages.media.upload"),
          uploaded: (name) => t("admin.pages.media.uploaded", { name }),
        }}
        onUploaded={reload}
      />
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

// A project's documents: staff upload a file as client-visible (`…/client/`, which the
// project's company may read) or internal (`…/internal/`, staff only), chosen before upload
// since the folder is the permission; download through a signed URL, remove after a confirmation.
import type { Project } from "@db/schema/projects";
import { useNotification } from "@refinedev/core";
import { formatBytes } from "@supabase-client/i18n/format";
import {
  type DocumentVisibility,
  projectFileKey,
  projectFolder,
} from "@supabase-client/storage/keys";
import type { StoredFile } from "@supabase-client/storage/list-folder";
import { downloadObject } from "@supabase-client/storage/signed-download";
import { useFolderFiles } from "@supabase-client/storage/use-folder-files";
import { Alert, Button, Card, Popconfirm, Radio, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { FilePicker } from "../../components/storage/file-picker";
import { UploadProgress } from "../../components/storage/upload-progress";
import { useUpload } from "../../components/storage/use-upload";
import { supabase } from "../../supabase";

const bucket = "project-files";

function visibilityOf(file: StoredFile): DocumentVisibility {
  return file.key.split("/")[2] === "client" ? "client" : "internal";
}

export function DocumentsCard({ project }: { project: Pick<Project, "id" | "company_id"> }) {
  const folders = (["client", "internal"] as const).map((visibility) =>
    projectFolder(project.company_id, project.id, visibility),
  );
  const { files, isLoading, error, reload } = useFolderFiles(supabase, bucket, folders);
  const [visibility, setVisibility] = useState<DocumentVisibility>("internal");
  const [file, setFile] = useState<File | null>(null);
  const { upload, state, reset } = useUpload(bucket);
  const { open } = useNotification();

  const send = async () => {
    if (!file) {
      return;
    }
    const key = projectFileKey(project.company_id, project.id, visibility, file.name);
    if (await upload(key, file)) {
      open?.({ type: "success", message: `${file.name} uploaded` });
      setFile(null);
      reset();
      reload();
    }
  };

  const download = (stored: StoredFile) =>
    downloadObject(supabase, bucket, stored.key).catch((failure: unknown) =>
      open?.({ type: "error", message: "The download failed", description: String(failure) }),
    );

  const remove = async (stored: StoredFile) => {
    const { error: removal } = await supabase.storage.from(bucket).remove([stored.key]);
    if (removal) {
      open?.({ type: "error", message: "The file was not removed", description: removal.message });
      return;
    }
    open?.({ type: "success", message: `${stored.name} removed` });
    reload();
  };

  return (
    <Card title="Documents" role="region" aria-label="Project documents">
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <Space wrap align="start">
          <Radio.Group
            value={visibility}
            onChange={(event) => setVisibility(event.target.value as DocumentVisibility)}
            disabled={state.isUploading}
            aria-label="Who sees the document"
          >
            {/* Worded unlike the update form's "Internal"/"Client-visible" on the same page. */}
            <Radio.Button value="internal">Team only</Radio.Button>
            <Radio.Button value="client">Shared with client</Radio.Button>
          </Radio.Group>
          <FilePicker
            bucket={bucket}
            file={file}
            onChange={setFile}
            label="Choose document"
            disabled={state.isUploading}
          />
          <Button type="primary" onClick={send} disabled={!file} loading={state.isUploading}>
            Upload document
          </Button>
        </Space>
        <UploadProgress state={state} />
        {error ? <Alert type="error" showIcon message={error} /> : null}
        <Table<StoredFile>
          dataSource={files}
          loading={isLoading}
          rowKey="key"
          pagination={false}
          size="small"
          locale={{ emptyText: "No documents yet." }}
        >
          <Table.Column<StoredFile> dataIndex="name" title="File" />
          <Table.Column<StoredFile>
            title="Visible to"
            render={(_, stored) =>
              visibilityOf(stored) === "client" ? (
                <Tag color="blue">Client</Tag>
              ) : (
                <Tag>Internal</Tag>
              )
            }
          />
          <Table.Column<StoredFile>
            title="Size"
            render={(_, stored) =>
              stored.size === null ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : (
                formatBytes("en", stored.size)
              )
            }
          />
          <Table.Column<StoredFile>
            title="Actions"
            render={(_, stored) => (
              <Space>
                <Button size="small" onClick={() => download(stored)}>
                  Download
                </Button>
                <Popconfirm
                  title={`Remove ${stored.name}?`}
                  description="The file is deleted for everyone."
                  okText="Remove"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(stored)}
                >
                  <Button size="small" danger>
                    Remove
                  </Button>
                </Popconfirm>
              </Space>
            )}
          />
        </Table>
      </Space>
    </Card>
  );
}

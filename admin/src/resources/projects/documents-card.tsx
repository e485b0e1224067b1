// A project's documents: staff upload a file as client-visible (`…/client/`, which the
// project's company may read) or internal (`…/internal/`, staff only), chosen before upload
// since the folder is the permission; download through a signed URL, remove after a confirmation.
import type { Project } from "@db/schema/projects";
import { useFormat, useT } from "@supabase-client/i18n/locale-context";
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
import { useNotice } from "../../components/actions/use-notice";
import { FolderUpload } from "../../components/storage/folder-upload";
import { useAdminT } from "../../i18n";
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
  const notice = useNotice();
  const t = useAdminT();
  const shared = useT();
  const format = useFormat();

  const download = (stored: StoredFile) =>
    downloadObject(supabase, bucket, stored.key).catch((failure: unknown) =>
      notice.failed(t("admin.projects.documents.downloadFailed"), String(failure)),
    );

  const remove = async (stored: StoredFile) => {
    const { error: removal } = await supabase.storage.from(bucket).remove([stored.key]);
    if (removal) {
      notice.failed(t("admin.projects.documents.notRemoved"), removal.message);
      return;
    }
    notice.done(t("admin.projects.documents.removed", { name: stored.name }));
    reload();
  };

  return (
    <Card
      title={t("admin.projects.documents.title")}
      role="region"
      aria-label={t("admin.projects.documents.region")}
    >
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <FolderUpload
          bucket={bucket}
          keyOf={(file) => projectFileKey(project.company_id, project.id, visibility, file.name)}
          words={{
            choose: t("admin.projects.documents.choose"),
            upload: t("admin.projects.documents.upload"),
            uploaded: (name) => t("admin.projects.documents.uploaded", { name }),
          }}
          onUploaded={reload}
          isPrimary
          before={(isUploading) => (
            <Radio.Group
              value={visibility}
              onChange={(event) => setVisibility(event.target.value as DocumentVisibility)}
              disabled={isUploading}
              aria-label={t("admin.projects.documents.who")}
            >
              {/* Worded unlike the update form's "Internal"/"Client-visible" on the same page. */}
              <Radio.Button value="internal">{t("admin.projects.documents.teamOnly")}</Radio.Button>
              <Radio.Button value="client">{t("admin.projects.documents.shared")}</Radio.Button>
            </Radio.Group>
          )}
        />
        {error ? <Alert type="error" showIcon message={error} /> : null}
        <Table<StoredFile>
          dataSource={files}
          loading={isLoading}
          rowKey="key"
          pagination={false}
          size="small"
          locale={{ emptyText: t("admin.projects.documents.empty") }}
        >
          <Table.Column<StoredFile> dataIndex="name" title={t("admin.projects.documents.file")} />
          <Table.Column<StoredFile>
            title={t("admin.projects.documents.visibleTo")}
            render={(_, stored) =>
              visibilityOf(stored) === "client" ? (
                <Tag color="blue">{t("admin.projects.documents.client")}</Tag>
              ) : (
                <Tag>{t("admin.projects.documents.internal")}</Tag>
              )
            }
          />
          <Table.Column<StoredFile>
            title={t("admin.projects.documents.size")}
            render={(_, stored) =>
              stored.size === null ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : (
                format.bytes(stored.size)
              )
            }
          />
          <Table.Column<StoredFile>
            title={t("admin.projects.documents.actions")}
            render={(_, stored) => (
              <Space>
                <Button size="small" onClick={() => download(stored)}>
                  {t("admin.projects.documents.download")}
                </Button>
                <Popconfirm
                  title={t("admin.projects.documents.removeQuestion", { name: stored.name })}
                  description={t("admin.projects.documents.removeText")}
                  okText={t("admin.projects.documents.remove")}
                  cancelText={shared("common.cancel")}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(stored)}
                >
                  <Button size="small" danger>
                    {t("admin.projects.documents.remove")}
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

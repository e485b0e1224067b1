// The documents the team shared with the client on one project: the `client/` folder of the
// project in `project-files`. RLS shows a client only their company's files, so another
// company's project simply lists nothing; downloads go through one-minute signed URLs.
import type { Project } from "@db/schema/projects";
import { useFormat, useT } from "@supabase-client/i18n/locale-context";
import { projectFolder } from "@supabase-client/storage/keys";
import type { StoredFile } from "@supabase-client/storage/list-folder";
import { downloadObject } from "@supabase-client/storage/signed-download";
import { useFolderFiles } from "@supabase-client/storage/use-folder-files";
import { Alert, Button, Empty, List, Skeleton, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";

const bucket = "project-files";

export function ProjectDocuments({ project }: { project: Pick<Project, "id" | "company_id"> }) {
  const folders = [projectFolder(project.company_id, project.id, "client")];
  const { files, isLoading, error } = useFolderFiles(supabase, bucket, folders);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const t = useT();
  const format = useFormat();

  if (isLoading) {
    return <Skeleton active paragraph={{ rows: 2 }} />;
  }
  if (error) {
    return <Alert type="error" showIcon message={t("portal.projects.documentsFailed")} />;
  }
  if (files.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("portal.projects.noDocuments")} />
    );
  }

  const download = (stored: StoredFile) => {
    setDownloadError(null);
    downloadObject(supabase, bucket, stored.key).catch(() =>
      setDownloadError(t("portal.projects.downloadFailed", { name: stored.name })),
    );
  };

  return (
    <>
      {downloadError ? <Alert type="error" showIcon message={downloadError} /> : null}
      <List<StoredFile>
        dataSource={files}
        renderItem={(stored) => (
          <List.Item
            key={stored.key}
            actions={[
              <Button key="download" onClick={() => download(stored)}>
                {t("portal.projects.download", { name: stored.name })}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={stored.name}
              description={
                stored.size === null ? null : (
                  <Typography.Text type="secondary">{format.bytes(stored.size)}</Typography.Text>
                )
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}

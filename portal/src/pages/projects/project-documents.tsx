// The documents the team shared with the client on one project: the `client/` folder of the
// project in `project-files`. RLS shows a client only their company's files, so another
// company's project simply lists nothing; downloads go through one-minute signed URLs.
import type { Project } from "@db/schema/projects";
import { formatBytes } from "@supabase-client/storage/check-file";
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

  if (isLoading) {
    return <Skeleton active paragraph={{ rows: 2 }} />;
  }
  if (error) {
    return (
      <Alert type="error" showIcon message="The documents could not be loaded. Reload to retry." />
    );
  }
  if (files.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="No documents shared on this project yet."
      />
    );
  }

  const download = (stored: StoredFile) => {
    setDownloadError(null);
    downloadObject(supabase, bucket, stored.key).catch(() =>
      setDownloadError(`${stored.name} cannot be downloaded right now. Reload and try again.`),
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
                Download {stored.name}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={stored.name}
              description={
                stored.size === null ? null : (
                  <Typography.Text type="secondary">{formatBytes(stored.size)}</Typography.Text>
                )
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}

// The list header's "Export CSV": every row the list's filters match, in its sort, with the
// table's columns as headers. A long export shows how far it has got on the button.
import { DownloadOutlined } from "@ant-design/icons";
import {
  type BaseRecord,
  type CrudFilter,
  type CrudSort,
  useDataProvider,
  useResourceParams,
} from "@refinedev/core";
import { refusalSentence } from "@supabase-client/forms/refusal";
import { Button } from "antd";
import { useState } from "react";
import { useAdminT } from "../../i18n";
import { useNotice } from "../actions/use-notice";
import type { Column } from "../list/columns";
import { downloadText } from "./download";
import { fetchAll } from "./fetch-all";

export interface ExportCsvButtonProps<T> {
  columns: readonly Column<T>[];
  filters: readonly CrudFilter[];
  sorters: readonly CrudSort[];
  select?: string | undefined;
}

/** @example <ExportCsvButton columns={columns} filters={filters} sorters={sorters} /> */
export function ExportCsvButton<T extends BaseRecord>({
  columns,
  filters,
  sorters,
  select,
}: ExportCsvButtonProps<T>) {
  const { resource } = useResourceParams();
  const dataProvider = useDataProvider();
  const notice = useNotice();
  const t = useAdminT();
  const [progress, setProgress] = useState<{ fetched: number; total: number } | null>(null);
  const name = resource?.name ?? "export";

  const run = async () => {
    setProgress({ fetched: 0, total: 0 });
    try {
      const rows = await fetchAll<T>(dataProvider(resource?.meta?.dataProviderName), {
        resource: name,
        filters,
        sorters,
        select,
        onProgress: (fetched, total) => setProgress({ fetched, total }),
      });
      // papaparse loads with the first export, not with every list page (the first-screen budget).
      const { csvFilename, toCsv } = await import("./to-csv");
      downloadText(csvFilename(name, new Date()), toCsv(columns, rows));
    } catch (error) {
      notice.failed(
        t("admin.csv.export.failed"),
        refusalSentence(error instanceof Object ? error : undefined),
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={progress !== null} onClick={() => void run()}>
      {progress && progress.total > 0
        ? t("admin.csv.export.progress", { fetched: progress.fetched, total: progress.total })
        : t("admin.csv.export.button")}
    </Button>
  );
}

// "Import CSV" for a list or a card header: opens the import for one kind of record.
import { UploadOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useState } from "react";
import { ImportDialog } from "./import-dialog";
import type { ImportKind } from "./import-kind";
import { useImportWords } from "./words";

/** @example <ImportCsvButton kind={companyImport(useImportWords())} /> */
export function ImportCsvButton({ kind, size }: { kind: ImportKind; size?: "small" | "middle" }) {
  const [isOpen, setOpen] = useState(false);
  const { t } = useImportWords();
  return (
    <>
      <Button icon={<UploadOutlined />} size={size} onClick={() => setOpen(true)}>
        {t("admin.csv.import.button")}
      </Button>
      {isOpen ? <ImportDialog kind={kind} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

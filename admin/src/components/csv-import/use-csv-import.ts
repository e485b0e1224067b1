// The import's steps as state: a file read and parsed, its columns mapped, its rows checked
// against the schema and the saved records, then every valid row saved in ONE request (a
// PostgREST bulk insert is one statement: all of them land, or none does).
import { useDataProvider, useInvalidate } from "@refinedev/core";
import { refusalSentence } from "@supabase-client/forms/refusal";
import { useState } from "react";
import { type CheckedRow, checkRows, rowsToSave } from "./check-rows";
import { existingKeys } from "./find-existing";
import type { ImportKind } from "./import-kind";
import { guessMapping, type Mapping } from "./mapping";
import { type ParsedCsv, parseCsv } from "./parse-csv";
import { useImportWords } from "./words";

export type ImportStep =
  | { name: "upload"; problems: string[] }
  | { name: "map"; csv: ParsedCsv; mapping: Mapping }
  | { name: "checking"; fetched: number; total: number }
  | { name: "preview"; csv: ParsedCsv; mapping: Mapping; checked: CheckedRow[]; error?: string }
  | { name: "saving"; count: number }
  | { name: "done"; created: number; checked: CheckedRow[] };

const start: ImportStep = { name: "upload", problems: [] };

/** @example const { step, load, check, save } = useCsvImport(companyImport) */
export function useCsvImport(kind: ImportKind) {
  const [step, setStep] = useState<ImportStep>(start);
  const dataProvider = useDataProvider()();
  const invalidate = useInvalidate();
  const { t } = useImportWords();

  const load = async (file: Blob) => {
    const csv = parseCsv(await file.text(), t);
    setStep(
      csv.problems.length > 0
        ? { name: "upload", problems: csv.problems }
        : { name: "map", csv, mapping: guessMapping(kind.fields, csv.headers) },
    );
  };

  const setMapping = (mapping: Mapping) =>
    setStep((current) => (current.name === "map" ? { ...current, mapping } : current));

  /** Back from the preview to the columns, keeping the file and the choices. */
  const remap = (csv: ParsedCsv, mapping: Mapping) => setStep({ name: "map", csv, mapping });

  const check = async (csv: ParsedCsv, mapping: Mapping) => {
    setStep({ name: "checking", fetched: 0, total: 0 });
    try {
      const saved = await existingKeys(
        dataProvider,
        kind.resource,
        kind.rules.duplicate,
        (fetched, total) => setStep({ name: "checking", fetched, total }),
      );
      const checked = checkRows(csv.rows, mapping, kind.rules, saved);
      setStep({ name: "preview", csv, mapping, checked });
    } catch (error) {
      setStep({ name: "upload", problems: [refusalSentence(asRefusal(error))] });
    }
  };

  const save = async (preview: Extract<ImportStep, { name: "preview" }>) => {
    const rows = rowsToSave(
      preview.checked,
      kind.fields.map((field) => field.key),
    );
    setStep({ name: "saving", count: rows.length });
    try {
      if (!dataProvider.createMany) {
        throw new Error("This data provider cannot save many rows at once");
      }
      const { data } = await dataProvider.createMany({
        resource: kind.resource,
        variables: rows,
        meta: { select: "id" },
      });
      await invalidate({ resource: kind.resource, invalidates: ["list", "many"] });
      setStep({ name: "done", created: data.length, checked: preview.checked });
    } catch (error) {
      setStep({ ...preview, error: refusalSentence(asRefusal(error)) });
    }
  };

  return { step, load, setMapping, remap, check, save, reset: () => setStep(start) };
}

function asRefusal(error: unknown): { message?: string } | undefined {
  return typeof error === "object" && error !== null && "message" in error
    ? { message: String(error.message) }
    : undefined;
}

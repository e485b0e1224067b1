// What an import of one resource needs to know: its fields, its row rules and its words.
import type { z } from "zod/v4";
import type { RowRules } from "./check-rows";
import type { ImportField } from "./mapping";

export interface ImportKind<S extends z.ZodObject = z.ZodObject> {
  /** The table the rows go to, through Refine's data provider. */
  resource: string;
  noun: { one: string; many: string };
  fields: readonly ImportField[];
  rules: RowRules<S>;
}

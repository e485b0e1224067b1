// Functions from the catalogue: each RoutineInfo with its input arguments and output columns
// (overloads kept side by side), and on the way PostgREST's computed fields and computed
// relationships, which hang off the table their single argument is a row of.
import type { Column, RoutineInfo, Table } from "./catalogue";
import { qualified } from "./catalogue";
import type { RoutineRow } from "./introspect-queries";

/**
 * The routines by qualified name; computed fields and relationships land on their tables.
 * @example const routines = readRoutines(rows, columnsByRel, tableByOid);
 */
export function readRoutines(
  routines: RoutineRow[],
  columnsByRel: Map<number, Column[]>,
  tableByOid: Map<number, Table>,
): Map<string, RoutineInfo[]> {
  const routineMap = new Map<string, RoutineInfo[]>();
  for (const row of routines) {
    const modes = row.arg_modes ?? row.arg_types.map(() => "i");
    const args: RoutineInfo["args"] = [];
    const outputs: Column[] = [];
    const firstDefault = row.nargs - row.ndefaults;
    let inputIndex = 0;
    row.arg_types.forEach((type, index) => {
      const name = row.arg_names?.[index] ?? "";
      const mode = modes[index] ?? "i";
      if (mode === "i" || mode === "b" || mode === "v") {
        args.push({ name, type, hasDefault: inputIndex >= firstDefault, variadic: mode === "v" });
        inputIndex += 1;
      }
      if (mode === "o" || mode === "b" || mode === "t") {
        outputs.push({ name, type, nullable: true, hasDefault: false, generated: false });
      }
    });
    const returnColumns =
      outputs.length > 0
        ? outputs
        : row.return_relid
          ? (columnsByRel.get(row.return_relid) ?? null)
          : null;
    const routine: RoutineInfo = {
      schema: row.schema,
      name: row.name,
      args,
      volatility: row.volatility,
      returnsSet: row.returns_set,
      returnType: row.return_type,
      returnColumns,
      returnTable:
        row.return_table && row.return_table_schema
          ? qualified(row.return_table_schema, row.return_table)
          : null,
      returnsVoid: row.returns_void,
    };
    const key = qualified(row.schema, row.name);
    routineMap.set(key, [...(routineMap.get(key) ?? []), routine]);
    // PostgREST's computed fields: f(t) returning one value reads like a column of t.
    const owner = tableByOid.get(row.first_arg_relid);
    if (owner && args.length === 1 && routine.returnTable && outputs.length === 0) {
      // PostgREST's computed relationships: f(t) returning rows of a table embeds like a key.
      owner.computedRelations.set(row.name, {
        schema: row.schema,
        name: row.name,
        target: routine.returnTable,
        toOne: !row.returns_set || row.rows === 1,
      });
    }
    if (
      owner &&
      args.length === 1 &&
      !row.returns_set &&
      !row.returns_void &&
      outputs.length === 0
    ) {
      owner.computed.set(row.name, { schema: row.schema, name: row.name });
    }
  }
  return routineMap;
}

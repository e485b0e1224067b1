// PostgREST's schema cache errors (PGRST200-PGRST205): a relationship, function, column or
// table the request names is not in the catalogue, or is ambiguous (Error.hs SchemaCacheError).
import { restError } from "./errors";

export const noRelationship = (parent: string, child: string, schema: string) =>
  restError(
    400,
    "PGRST200",
    `Could not find a relationship between '${parent}' and '${child}' in the schema cache`,
    `Searched for a foreign key relationship between '${parent}' and '${child}' in the schema '${schema}', but no matches were found.`,
  );

export const ambiguousRelationship = (
  parent: string,
  child: string,
  options: { hint: string; cardinality: string; relationship: string; embedding: string }[],
) =>
  restError(
    300,
    "PGRST201",
    `Could not embed because more than one relationship was found for '${parent}' and '${child}'`,
    options.map(({ cardinality, embedding, relationship }) => ({
      cardinality,
      embedding,
      relationship,
    })),
    `Try changing '${child}' to one of the following: ${options.map((o) => `'${child}!${o.hint}'`).join(", ")}. Find the desired relationship in the 'details' key.`,
  );

/**
 * PGRST202 in PostgREST's words: the arguments asked for, what was searched, and the closest
 * overload's parameters as the hint.
 */
export const noFunction = (
  schema: string,
  name: string,
  args: string[],
  context: { post: boolean; overloads: string[][] },
) => {
  const func = `${schema}.${name}`;
  const listed = args.length === 0 ? " without parameters" : `(${args.join(", ")})`;
  const searched =
    args.length === 0
      ? " without parameters"
      : ` with parameter${args.length > 1 ? "s" : ""} ${args.join(", ")}`;
  const orJson = context.post ? " or with a single unnamed json/jsonb parameter" : "";
  const closest = [...context.overloads].sort(
    (a, b) =>
      overlap(b, args) - overlap(a, args) ||
      Math.abs(a.length - args.length) - Math.abs(b.length - args.length),
  )[0];
  return restError(
    404,
    "PGRST202",
    `Could not find the function ${func}${listed} in the schema cache`,
    `Searched for the function ${func}${searched}${orJson}, but no matches were found in the schema cache.`,
    closest
      ? `Perhaps you meant to call the function ${func}(${[...closest].sort().join(", ")})`
      : null,
  );
};

const overlap = (params: string[], args: string[]) =>
  params.filter((param) => args.includes(param)).length;

/** PGRST203, naming every candidate signature as PostgREST does. */
export const ambiguousFunction = (
  candidates: { schema: string; name: string; args: { name: string; type: string }[] }[],
) =>
  restError(
    300,
    "PGRST203",
    `Could not choose the best candidate function between: ${candidates
      .map(
        (routine) =>
          `${routine.schema}.${routine.name}(${routine.args.map((arg) => `${arg.name} => ${arg.type}`).join(", ")})`,
      )
      .join(", ")}`,
    null,
    "Try renaming the parameters or the function itself in the database so function overloading can be resolved",
  );

export const unknownBodyColumn = (column: string, table: string) =>
  restError(
    400,
    "PGRST204",
    `Could not find the '${column}' column of '${table}' in the schema cache`,
  );

export const unknownTable = (schema: string, table: string) =>
  restError(404, "PGRST205", `Could not find the table '${schema}.${table}' in the schema cache`);

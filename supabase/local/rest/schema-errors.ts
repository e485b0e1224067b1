// PostgREST's schema cache errors (PGRST200-PGRST205): a relationship, function, column or
// table the request names is not in the catalogue, or is ambiguous (Error.hs SchemaCacheError).
import { restError } from "./errors";

/**
 * PGRST200; `details` names the `!hint` when one was given, `hint` is schema-hints.ts's guess.
 * @example noRelationship("books", "numbers", "public", null, null)
 */
export const noRelationship = (
  parent: string,
  child: string,
  schema: string,
  embedHint: string | null,
  hint: string | null,
) =>
  restError(
    400,
    "PGRST200",
    `Could not find a relationship between '${parent}' and '${child}' in the schema cache`,
    `Searched for a foreign key relationship between '${parent}' and '${child}${embedHint === null ? "" : `' using the hint '${embedHint}`}' in the schema '${schema}', but no matches were found.`,
    hint,
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
    `Try changing '${child}' to one of the following: ${options.map((o) => `'${o.hint}'`).join(", ")}. Find the desired relationship in the 'details' key.`,
  );

/** Raw-body media types of a POST that look only for a single unnamed parameter of a type. */
const SINGLE_PARAMETER: Record<string, string> = {
  "text/plain": "text",
  "text/xml": "xml",
  "application/octet-stream": "bytea",
};

/**
 * PGRST202 in PostgREST's words: the arguments asked for and what was searched; `hint` is
 * schema-hints.ts's closest function, dropped (as PostgREST drops it) for raw-body calls.
 * @example noFunction("api", "f", ["a"], { post: true, mediaType: "application/json", hint: null })
 */
export const noFunction = (
  schema: string,
  name: string,
  args: string[],
  context: { post: boolean; mediaType: string; hint: string | null },
) => {
  const func = `${schema}.${name}`;
  const single = context.post ? SINGLE_PARAMETER[context.mediaType] : undefined;
  const listed = args.length === 0 ? " without parameters" : `(${args.join(", ")})`;
  const searched =
    args.length === 0
      ? " without parameters"
      : ` with parameter${args.length > 1 ? "s" : ""} ${args.join(", ")}`;
  const json = context.post && context.mediaType === "application/json";
  return restError(
    404,
    "PGRST202",
    `Could not find the function ${func}${single ? "" : listed} in the schema cache`,
    `Searched for the function ${func}${single ? ` with a single unnamed ${single} parameter` : `${searched}${json ? " or with a single unnamed json/jsonb parameter" : ""}`}, but no matches were found in the schema cache.`,
    single ? null : context.hint,
  );
};

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

/** PGRST205; `hint` is schema-hints.ts's closest table. */
export const unknownTable = (schema: string, table: string, hint: string | null) =>
  restError(
    404,
    "PGRST205",
    `Could not find the table '${schema}.${table}' in the schema cache`,
    null,
    hint,
  );

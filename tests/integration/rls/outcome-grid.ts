// Reads the RLS matrix's expectations from a text grid: one line per relation and operation, one
// word per caller column. A grid reads like the access model it pins, and a cell is one word to
// change, so the expectations are written once instead of as one object literal per table.

export const actors = [
  "anon",
  "applicant",
  "clientA",
  "clientB",
  "teamAal1",
  "adminAal1",
  "team",
  "admin",
  "service",
] as const;
export type Actor = (typeof actors)[number];

/**
 * The grid's columns: `staffAal1` is a team member and an admin signed in without their second
 * factor. They must fare like the applicant (a client with no company), except for rows that are
 * the applicant's own. `team` and `admin` are at `aal2`.
 */
export const columns = [
  "anon",
  "applicant",
  "clientA",
  "clientB",
  "staffAal1",
  "team",
  "admin",
  "service",
] as const;
type Column = (typeof columns)[number];
const columnOf: Record<Actor, Column> = {
  anon: "anon",
  applicant: "applicant",
  clientA: "clientA",
  clientB: "clientB",
  teamAal1: "staffAal1",
  adminAal1: "staffAal1",
  team: "team",
  admin: "admin",
  service: "service",
};

/** `denied` = refused with 42501; `all` = every row the owner sees; a number = that many rows. */
export type SeeOutcome = "denied" | "all" | number;
/** `ok` = exactly one row changed (or the call ran); `none` = no row qualified; `denied` = 42501. */
export type WriteOutcome = "ok" | "none" | "denied";
type Cell = SeeOutcome | WriteOutcome;

/** The outcomes of one line of a grid, keyed by actor. */
export interface GridLine {
  subject: string;
  operation: string;
  cells: Record<Actor, Cell>;
}

function parseCell(word: string, where: string): Cell {
  if (word === "denied" || word === "all" || word === "ok" || word === "none") {
    return word;
  }
  if (/^\d+$/.test(word)) {
    return Number(word);
  }
  throw new Error(`outcome grid: "${word}" is no outcome (${where})`);
}

/**
 * Parses `subject operation <one word per column>` lines; `#` lines and blank lines are skipped.
 * A line with the wrong number of words throws, so a grid cannot silently lose a cell.
 * @example gridLines("profiles select denied 1 1 1 1 all all all")[0].cells.teamAal1 // 1
 */
export function gridLines(text: string): GridLine[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [subject = "", operation = "", ...words] = line.split(/\s+/);
      if (words.length !== columns.length) {
        throw new Error(`outcome grid: ${columns.length} outcomes expected in "${line}"`);
      }
      const cells = parseCellsOf(words, line);
      return { subject, operation, cells };
    });
}

function parseCellsOf(words: string[], line: string): Record<Actor, Cell> {
  const byColumn = words.map((word) => parseCell(word, line));
  return Object.fromEntries(
    actors.map((actor) => [actor, byColumn[columns.indexOf(columnOf[actor])]]),
  ) as Record<Actor, Cell>;
}

/**
 * The grid, looked up by subject and operation; every line must be taken exactly once, so a line
 * for a relation the cases no longer build is an error rather than a cell that never runs.
 */
export class OutcomeGrid {
  private readonly lines = new Map<string, GridLine>();
  private readonly taken = new Set<string>();

  constructor(text: string) {
    for (const line of gridLines(text)) {
      const key = `${line.subject} ${line.operation}`;
      if (this.lines.has(key)) {
        throw new Error(`outcome grid: "${key}" twice`);
      }
      this.lines.set(key, line);
    }
  }

  /** The subjects in the order the grid first names them. */
  subjects(): string[] {
    return [...new Set([...this.lines.values()].map((line) => line.subject))];
  }

  /** What each caller sees of the subject; `ok` or `none` in a `select` line is an error. */
  see(subject: string, operation = "select"): Record<Actor, SeeOutcome> {
    return this.narrow(subject, operation, (cell): cell is SeeOutcome => {
      return cell === "denied" || cell === "all" || typeof cell === "number";
    });
  }

  /** What each caller's write does; a count or `all` in a write line is an error. */
  may(subject: string, operation: string): Record<Actor, WriteOutcome> {
    return this.narrow(subject, operation, (cell): cell is WriteOutcome => {
      return cell === "ok" || cell === "none" || cell === "denied";
    });
  }

  /** Whether each caller's call runs; only `ok` and `denied` belong in such a line. */
  runs(subject: string, operation = "call"): Record<Actor, "ok" | "denied"> {
    return this.narrow(subject, operation, (cell): cell is "ok" | "denied" => {
      return cell === "ok" || cell === "denied";
    });
  }

  /** Throws unless every line was looked up, so no written expectation goes untested. */
  assertAllTaken(): void {
    const left = [...this.lines.keys()].filter((key) => !this.taken.has(key));
    if (left.length > 0) {
      throw new Error(`outcome grid: lines no case uses: ${left.join(", ")}`);
    }
  }

  private narrow<T extends Cell>(
    subject: string,
    operation: string,
    fits: (cell: Cell) => cell is T,
  ): Record<Actor, T> {
    const key = `${subject} ${operation}`;
    const line = this.lines.get(key);
    if (!line) {
      throw new Error(`outcome grid: no line "${key}"`);
    }
    this.taken.add(key);
    for (const actor of actors) {
      if (!fits(line.cells[actor])) {
        throw new Error(`outcome grid: "${line.cells[actor]}" does not fit "${key}" (${actor})`);
      }
    }
    return line.cells as Record<Actor, T>;
  }
}

/**
 * A file of grids, each after a `[name]` line. Every section must be taken, so a grid no case
 * list reads is an error rather than expectations that never run.
 * @example new GridFile("[views]\naudit_entries select denied 0 0 0 0 all all all").section("views")
 */
export class GridFile {
  private readonly sections = new Map<string, OutcomeGrid>();
  private readonly taken = new Set<string>();

  constructor(text: string) {
    const parts = text.split(/^\[([^\]\n]+)\]$/m);
    // split with a capture group: [text before the first section, name, body, name, body, ...]
    if (gridLines(parts[0] ?? "").length > 0) {
      throw new Error("outcome grid: lines before the first [section]");
    }
    for (let index = 1; index < parts.length; index += 2) {
      const name = parts[index] ?? "";
      if (this.sections.has(name)) {
        throw new Error(`outcome grid: section [${name}] twice`);
      }
      this.sections.set(name, new OutcomeGrid(parts[index + 1] ?? ""));
    }
  }

  /** The grid after `[name]`. */
  section(name: string): OutcomeGrid {
    const grid = this.sections.get(name);
    if (!grid) {
      throw new Error(`outcome grid: no section [${name}]`);
    }
    this.taken.add(name);
    return grid;
  }

  /** Throws unless every section, and every line of each, was looked up. */
  assertAllTaken(): void {
    const left = [...this.sections.keys()].filter((name) => !this.taken.has(name));
    if (left.length > 0) {
      throw new Error(`outcome grid: sections no case list reads: ${left.join(", ")}`);
    }
    for (const grid of this.sections.values()) {
      grid.assertAllTaken();
    }
  }
}

// Decodes the messages of Postgres's built-in `pgoutput` logical decoding plugin (protocol 1),
// https://www.postgresql.org/docs/17/protocol-logicalrep-message-formats.html, into plain
// objects with every value kept as Postgres's own text output.

export interface RelationColumn {
  name: string;
  typeOid: number;
  isKey: boolean;
}

export interface Relation {
  id: number;
  schema: string;
  table: string;
  columns: RelationColumn[];
}

/** One tuple: text values by column name; `undefined` for an unchanged TOASTed value. */
export type Tuple = Record<string, string | null | undefined>;

export type PgOutputMessage =
  | { tag: "begin"; commitTime: Date; xid: number }
  | { tag: "commit"; commitTime: Date }
  | { tag: "relation"; relation: Relation }
  | { tag: "insert"; relationId: number; row: Tuple }
  | { tag: "update"; relationId: number; row: Tuple; old: Tuple | null }
  | { tag: "delete"; relationId: number; old: Tuple | null }
  | { tag: "other" };

const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);

/** Postgres timestamps on the wire are microseconds since 2000-01-01. */
function timeAt(buffer: Buffer, offset: number): Date {
  return new Date(POSTGRES_EPOCH_MS + Number(buffer.readBigInt64BE(offset) / 1000n));
}

class Reader {
  constructor(
    readonly buffer: Buffer,
    public offset = 0,
  ) {}

  /** Reads `size` bytes at the cursor with `read` and moves past them. */
  private take(size: number, read: (at: number) => number): number {
    const value = read(this.offset);
    this.offset += size;
    return value;
  }

  byte(): number {
    return this.take(1, (at) => this.buffer.readUInt8(at));
  }

  int16(): number {
    return this.take(2, (at) => this.buffer.readInt16BE(at));
  }

  int32(): number {
    return this.take(4, (at) => this.buffer.readInt32BE(at));
  }

  uint32(): number {
    return this.take(4, (at) => this.buffer.readUInt32BE(at));
  }

  cstring(): string {
    const end = this.buffer.indexOf(0, this.offset);
    const value = this.buffer.toString("utf8", this.offset, end);
    this.offset = end + 1;
    return value;
  }
}

/** A 'K' tuple carries only the replica identity key; its other columns are placeholders. */
function keyOnly(tuple: Tuple, relation: Relation | undefined): Tuple {
  const keys = relation?.columns.filter((column) => column.isKey) ?? [];
  return Object.fromEntries(keys.map((column) => [column.name, tuple[column.name]]));
}

function readTuple(reader: Reader, relation: Relation | undefined): Tuple {
  const count = reader.int16();
  const tuple: Tuple = {};
  for (let index = 0; index < count; index += 1) {
    const name = relation?.columns[index]?.name ?? `column_${index}`;
    const kind = String.fromCharCode(reader.byte());
    if (kind === "n") {
      tuple[name] = null;
    } else if (kind === "u") {
      tuple[name] = undefined;
    } else {
      const length = reader.int32();
      tuple[name] = reader.buffer.toString("utf8", reader.offset, reader.offset + length);
      reader.offset += length;
    }
  }
  return tuple;
}

/**
 * Decodes one pgoutput message; relations seen earlier name the tuple columns.
 * @example decodePgOutput(xlogData.subarray(25), relations)
 */
export function decodePgOutput(message: Buffer, relations: Map<number, Relation>): PgOutputMessage {
  const reader = new Reader(message, 1);
  switch (String.fromCharCode(message[0] ?? 0)) {
    case "B":
      return { tag: "begin", commitTime: timeAt(message, 9), xid: message.readUInt32BE(17) };
    case "C":
      return { tag: "commit", commitTime: timeAt(message, 18) };
    case "R": {
      const id = reader.uint32();
      const schema = reader.cstring() || "pg_catalog";
      const table = reader.cstring();
      reader.byte(); // replica identity setting
      const count = reader.int16();
      const columns: RelationColumn[] = [];
      for (let index = 0; index < count; index += 1) {
        const flags = reader.byte();
        const name = reader.cstring();
        const typeOid = reader.uint32();
        reader.int32(); // type modifier
        columns.push({ name, typeOid, isKey: (flags & 1) === 1 });
      }
      const relation = { id, schema, table, columns };
      relations.set(id, relation);
      return { tag: "relation", relation };
    }
    case "I": {
      const relationId = reader.uint32();
      reader.byte(); // 'N'
      return { tag: "insert", relationId, row: readTuple(reader, relations.get(relationId)) };
    }
    case "U": {
      const relationId = reader.uint32();
      const relation = relations.get(relationId);
      let marker = String.fromCharCode(reader.byte());
      let old: Tuple | null = null;
      if (marker === "K" || marker === "O") {
        old = readTuple(reader, relation);
        old = marker === "K" ? keyOnly(old, relation) : old;
        marker = String.fromCharCode(reader.byte());
      }
      return { tag: "update", relationId, old, row: readTuple(reader, relation) };
    }
    case "D": {
      const relationId = reader.uint32();
      const marker = String.fromCharCode(reader.byte());
      const relation = relations.get(relationId);
      const tuple = marker === "K" || marker === "O" ? readTuple(reader, relation) : null;
      const old = tuple && marker === "K" ? keyOnly(tuple, relation) : tuple;
      return { tag: "delete", relationId, old };
    }
    default:
      return { tag: "other" };
  }
}

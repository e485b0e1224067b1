// Embedding as PostgREST 13 resolves it, beyond read.test.ts: hints by column, !left, a
// self-referencing table this file creates, the bodies of PGRST200 and PGRST201, and the
// filters the issue lists that had no test (phrase search with a language, order by a JSON path).
import { describe, expect, it } from "vitest";
import { getApiTest, okRows, restStackForFile } from "./fixture";
import { expectReply, expectReplyLike } from "./reply";

const STAFF = `
create table api_test.staff (id int primary key, name text not null, manager_id int references api_test.staff (id));
grant select on api_test.staff to anon;
insert into api_test.staff values (1, 'Boss', null), (2, 'Mid', 1), (3, 'Junior', 2), (4, 'Other', 1);
`;

const stack = restStackForFile({}, { sql: STAFF, ready: "staff?select=id&limit=1" });

const get = (path: string) => getApiTest(stack, path);
const rows = (path: string) => okRows(stack, path);

describe("relationships", () => {
  it("takes a foreign key column as the hint", async () => {
    expect(await rows("books?select=id,editor:authors!editor_id(name)&id=eq.1")).toEqual([
      { id: 1, editor: { name: "Stanislaw" } },
    ]);
  });

  it("keeps parents without a match with !left, drops them with !inner", async () => {
    const left = (await rows("authors?select=id,bios!left(bio)&order=id&limit=2")) as {
      id: number;
      bios: unknown;
    }[];
    expect(left).toEqual([
      { id: 1, bios: { bio: "Wrote Earthsea" } },
      { id: 2, bios: null },
    ]);
    expect(await rows("authors?select=id,bios!inner(bio)")).toEqual([
      { id: 1, bios: { bio: "Wrote Earthsea" } },
    ]);
  });

  it("embeds a self-referencing parent by its foreign key column", async () => {
    expect(await rows("staff?select=name,manager_id(name)&order=id")).toEqual([
      { name: "Boss", manager_id: null },
      { name: "Mid", manager_id: { name: "Boss" } },
      { name: "Junior", manager_id: { name: "Mid" } },
      { name: "Other", manager_id: { name: "Boss" } },
    ]);
  });

  it("answers PGRST200 and PGRST201 with PostgREST's details and hint", async () => {
    const missing = await get("books?select=id,numbers(n)");
    await expectReplyLike(missing, 400, {
      code: "PGRST200",
      message: "Could not find a relationship between 'books' and 'numbers' in the schema cache",
      details:
        "Searched for a foreign key relationship between 'books' and 'numbers' in the schema 'api_test', but no matches were found.",
    });
    const ambiguous = await get("books?select=id,authors(name)");
    await expectReply(ambiguous, 300, {
      code: "PGRST201",
      message:
        "Could not embed because more than one relationship was found for 'books' and 'authors'",
      details: [
        {
          cardinality: "many-to-one",
          embedding: "books with authors",
          relationship: "books_author_id_fkey using books(author_id) and authors(id)",
        },
        {
          cardinality: "many-to-one",
          embedding: "books with authors",
          relationship: "books_editor_id_fkey using books(editor_id) and authors(id)",
        },
      ],
      hint: "Try changing 'authors' to one of the following: 'authors!books_author_id_fkey', 'authors!books_editor_id_fkey'. Find the desired relationship in the 'details' key.",
    });
  });
});

describe("filters the issue lists", () => {
  it("matches phrases with phfts in a given language", async () => {
    const matched = (await rows("books?select=id&search=phfts(english).young wizard")) as {
      id: number;
    }[];
    expect(matched).toEqual([{ id: 1 }]);
  });

  it("orders by a JSON path with nulls placement", async () => {
    const ordered = (await rows(
      "books?select=id,lang:data->>lang&order=data->>lang.desc.nullslast,id&limit=3",
    )) as { id: number; lang: string }[];
    expect(ordered).toEqual([
      { id: 3, lang: "pl" },
      { id: 4, lang: "pl" },
      { id: 5, lang: "it" },
    ]);
  });
});

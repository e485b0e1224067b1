// Embeds PostgREST 13 builds beyond foreign keys: computed relationships (functions of a row
// returning rows of a table, created here) and to-many spreads into arrays, which need
// db-aggregates-enabled (PGRST123 without it).
import { describe, expect, it } from "vitest";
import { aggregatesOnAndOffForFile } from "./fixture";
import { expectReply } from "./reply";

const FUNCTIONS = `
create function api_test.written_books(api_test.authors) returns setof api_test.books
  language sql stable as 'select * from api_test.books where author_id = $1.id';
create function api_test.writer(api_test.books) returns setof api_test.authors rows 1
  language sql stable as 'select * from api_test.authors where id = $1.author_id';
create function api_test.first_book(api_test.authors) returns api_test.books
  language sql stable as 'select * from api_test.books where author_id = $1.id order by id limit 1';
`;

const { off, get, rows } = aggregatesOnAndOffForFile({
  sql: FUNCTIONS,
  ready: "authors?select=id,written_books(id)&limit=1",
});

describe("computed relationships", () => {
  it("embeds a setof function of the row as a to-many relationship, filtered and ordered", async () => {
    expect(
      await rows(
        "authors?select=name,written_books(title,pages)&written_books.pages=gt.200&written_books.order=pages.desc&order=id",
      ),
    ).toEqual([
      { name: "Ursula", written_books: [{ title: "The Left Hand of Darkness", pages: 286 }] },
      {
        name: "Stanislaw",
        written_books: [
          { title: "The Cyberiad", pages: 295 },
          { title: "Solaris", pages: 204 },
        ],
      },
      {
        name: "Italo",
        written_books: [{ title: "If on a winter's night a traveler", pages: 260 }],
      },
      { name: "Nobody", written_books: [] },
    ]);
  });

  it("embeds a rows-1 function and a single-row function as to-one objects", async () => {
    expect(
      await rows("books?select=id,writer(name),alias:writer(country)&id=in.(1,3)&order=id"),
    ).toEqual([
      { id: 1, writer: { name: "Ursula" }, alias: { country: "US" } },
      { id: 3, writer: { name: "Stanislaw" }, alias: { country: "PL" } },
    ]);
    expect(await rows("authors?select=name,first_book(id)&id=lte.2&order=id")).toEqual([
      { name: "Ursula", first_book: { id: 1 } },
      { name: "Stanislaw", first_book: { id: 3 } },
    ]);
  });

  it("takes !inner, nests a foreign-key embed inside, and orders by a to-one computed embed", async () => {
    expect(
      await rows(
        "authors?select=name,written_books!inner(id,reviews(stars))&written_books.id=eq.3",
      ),
    ).toEqual([{ name: "Stanislaw", written_books: [{ id: 3, reviews: [{ stars: 5 }] }] }]);
    expect(
      await rows("books?select=id,writer(name)&id=in.(1,3,5)&order=writer(name).desc"),
    ).toEqual([
      { id: 1, writer: { name: "Ursula" } },
      { id: 3, writer: { name: "Stanislaw" } },
      { id: 5, writer: { name: "Italo" } },
    ]);
  });
});

describe("to-many spread", () => {
  it("spreads a one-to-many embed into arrays of values, [] when none", async () => {
    expect(
      await rows(
        "authors?select=name,...books!author_id(titles:title,pages)&books.order=id&order=id",
      ),
    ).toEqual([
      {
        name: "Ursula",
        titles: ["A Wizard of Earthsea", "The Left Hand of Darkness"],
        pages: [183, 286],
      },
      { name: "Stanislaw", titles: ["Solaris", "The Cyberiad"], pages: [204, 295] },
      {
        name: "Italo",
        titles: ["Invisible Cities", "If on a winter's night a traveler"],
        pages: [165, 260],
      },
      { name: "Nobody", titles: [], pages: [] },
    ]);
  });

  it("spreads a many-to-many embed and a computed one, after the embed's filters", async () => {
    expect(
      await rows("books?select=id,...genres(genres:name)&genres.order=id&id=lte.3&order=id"),
    ).toEqual([
      { id: 1, genres: ["Fantasy"] },
      { id: 2, genres: ["Science fiction", "Literary"] },
      { id: 3, genres: ["Science fiction"] },
    ]);
    expect(
      await rows(
        "authors?select=name,...written_books(ids:id)&written_books.pages=lt.200&id=lte.3&order=id",
      ),
    ).toEqual([
      { name: "Ursula", ids: [1] },
      { name: "Stanislaw", ids: [] },
      { name: "Italo", ids: [5] },
    ]);
  });

  it("refuses a to-many spread with 400 PGRST123 while aggregates are off, as PostgREST 13", async () => {
    const response = await get("authors?select=name,...books!author_id(title)", off);
    await expectReply(response, 400, {
      code: "PGRST123",
      details: null,
      hint: null,
      message: "Use of aggregate functions is not allowed",
    });
    const toOne = await get("books?select=id,...authors!author_id(name)&id=eq.1", off);
    await expectReply(toOne, 200, [{ id: 1, name: "Ursula" }]);
  });
});

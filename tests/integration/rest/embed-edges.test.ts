// Embedding cases PostgREST 13 resolves that the other files do not cover: both directions of a
// self-referencing key (Plan.hs `findRel`'s self-relationship rules), views whose key columns are
// renamed (followed to the base tables' keys), computed relationships in write responses, and
// embeds nested inside a to-many spread (https://docs.postgrest.org/en/v13/references/api/resource_embedding.html).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RestStack, startRestStack } from "./fixture";
import { expectReply } from "./reply";

const SCHEMA = `
create table api_test.employees (id int primary key, name text not null, manager_id int references api_test.employees (id));
insert into api_test.employees values (1, 'Ada', null), (2, 'Bob', 1), (3, 'Cy', 1), (4, 'Di', 2);
create view api_test.book_list as select id as book_no, title, author_id as writer from api_test.books;
create view api_test.writers as select id as writer_no, name as pen_name from api_test.authors;
create view api_test.team as select id as member, name, manager_id as boss from api_test.employees;
create function api_test.written_books(api_test.authors) returns setof api_test.books
  language sql stable as 'select * from api_test.books where author_id = $1.id';
create function api_test.writer(api_test.books) returns setof api_test.authors rows 1
  language sql stable as 'select * from api_test.authors where id = $1.author_id';
create table api_test.book_tags (
  book_id int references api_test.books (id),
  genre_id int references api_test.genres (id),
  primary key (book_id, genre_id)
);
grant select, insert, update, delete on all tables in schema api_test to anon;
notify pgrst, 'reload schema';
`;

let stack: RestStack;
beforeAll(async () => {
  stack = await startRestStack({ PGRST_DB_AGGREGATES_ENABLED: "true" });
  await stack.owner.unsafe(SCHEMA).simple();
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await get("team?select=member&limit=1")).status === 200) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("REST never loaded the fixture");
}, 60_000);
afterAll(() => stack.stop());

function get(path: string) {
  return fetch(`${stack.rest}/${path}`, { headers: { "Accept-Profile": "api_test" } });
}

async function rows(path: string): Promise<unknown> {
  const response = await get(path);
  expect(response.status).toBe(200);
  return response.json();
}

const api = () => stack.client().schema("api_test");

describe("self-referencing relationships", () => {
  it("embeds the one-to-many side by the table's name with a referencing-column hint", async () => {
    const { data, error, status } = await api()
      .from("employees")
      .select("name,subordinates:employees!manager_id(name)")
      .order("id")
      .order("id", { referencedTable: "subordinates" });
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toEqual([
      { name: "Ada", subordinates: [{ name: "Bob" }, { name: "Cy" }] },
      { name: "Bob", subordinates: [{ name: "Di" }] },
      { name: "Cy", subordinates: [] },
      { name: "Di", subordinates: [] },
    ]);
  });

  it("takes the table's name alone as the one-to-many side and the column as the many-to-one", async () => {
    expect(
      await rows(
        "employees?select=name,manager_id(name),employees(name)&employees.order=id&order=id&id=lte.2",
      ),
    ).toEqual([
      { name: "Ada", manager_id: null, employees: [{ name: "Bob" }, { name: "Cy" }] },
      { name: "Bob", manager_id: { name: "Ada" }, employees: [{ name: "Di" }] },
    ]);
  });

  it("nests the recursion: subordinates of subordinates", async () => {
    expect(
      await rows(
        "employees?select=name,reports:employees!manager_id(name,reports:employees!manager_id(name))&id=eq.1&reports.order=id",
      ),
    ).toEqual([
      {
        name: "Ada",
        reports: [
          { name: "Bob", reports: [{ name: "Di" }] },
          { name: "Cy", reports: [] },
        ],
      },
    ]);
  });

  it("answers PGRST200 for a constraint-name hint on a self-reference, as findRel does", async () => {
    const response = await get("employees?select=name,employees!employees_manager_id_fkey(name)");
    await expectReply(response, 400, {
      code: "PGRST200",
      message:
        "Could not find a relationship between 'employees' and 'employees' in the schema cache",
      details:
        "Searched for a foreign key relationship between 'employees' and 'employees' using the hint 'employees_manager_id_fkey' in the schema 'api_test', but no matches were found.",
      hint: null,
    });
  });
});

describe("views with renamed key columns", () => {
  it("embeds a table from a view whose foreign key column is renamed, and back", async () => {
    expect(
      await rows("book_list?select=book_no,authors(name)&book_no=in.(1,3)&order=book_no"),
    ).toEqual([
      { book_no: 1, authors: { name: "Ursula" } },
      { book_no: 3, authors: { name: "Stanislaw" } },
    ]);
    const { data } = await api()
      .from("authors")
      .select("name,book_list(book_no)")
      .eq("id", 3)
      .order("book_no", { referencedTable: "book_list" });
    expect(data).toEqual([{ name: "Italo", book_list: [{ book_no: 5 }, { book_no: 6 }] }]);
  });

  it("embeds view to view and a renamed self-reference through a view", async () => {
    expect(await rows("book_list?select=title,writers(pen_name)&book_no=eq.5")).toEqual([
      { title: "Invisible Cities", writers: { pen_name: "Italo" } },
    ]);
    expect(await rows("book_list?select=book_no,reviews(stars)&book_no=eq.3")).toEqual([
      { book_no: 3, reviews: [{ stars: 5 }] },
    ]);
    // On the view as on its table: `team!boss` is the one-to-many side; `boss` alone would also
    // match the key to the base table, so PostgREST answers PGRST201 and so do we.
    expect(
      await rows("team?select=name,reports:team!boss(name),employees!boss(name)&member=eq.2"),
    ).toEqual([{ name: "Bob", reports: [{ name: "Di" }], employees: { name: "Ada" } }]);
    expect((await get("team?select=name,boss(name)")).status).toBe(300);
  });
});

describe("computed relationships in write responses", () => {
  it("embeds a to-many computed relationship in an update's representation", async () => {
    const { data, error, status } = await api()
      .from("authors")
      .update({ country: "GB" })
      .eq("id", 1)
      .select("name,country,written_books(id)")
      .order("id", { referencedTable: "written_books" });
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toEqual([
      { name: "Ursula", country: "GB", written_books: [{ id: 1 }, { id: 2 }] },
    ]);
  });

  it("embeds a to-one computed relationship and a computed field in an insert's representation", async () => {
    const { data, status } = await api()
      .from("books")
      .insert({ id: 201, title: "Mr Palomar", author_id: 3, pages: 120 })
      .select("title,label,writer(name)")
      .single();
    expect(status).toBe(201);
    expect(data).toEqual({
      title: "Mr Palomar",
      label: "Mr Palomar (120 pages)",
      writer: { name: "Italo" },
    });
  });
});

describe("embeds inside a to-many spread", () => {
  it("aggregates a nested embed into an array beside the spread columns", async () => {
    expect(
      await rows(
        "authors?select=name,...books!books_author_id_fkey(title,reviews(stars))&id=eq.2&books.order=id&books.reviews.order=id",
      ),
    ).toEqual([
      {
        name: "Stanislaw",
        title: ["Solaris", "The Cyberiad"],
        reviews: [[{ stars: 5 }], []],
      },
    ]);
  });
});

describe("embeds inside a to-one spread", () => {
  it("lifts a nested embed and a nested spread to the parent, as PostgREST does", async () => {
    expect(
      await rows("books?select=title,...authors!books_author_id_fkey(name,bios(bio))&id=eq.1"),
    ).toEqual([{ title: "A Wizard of Earthsea", name: "Ursula", bios: { bio: "Wrote Earthsea" } }]);
    expect(
      await rows(
        "reviews?select=stars,...books(title,...authors!books_author_id_fkey(name))&book_id=eq.3",
      ),
    ).toEqual([{ stars: 5, title: "Solaris", name: "Stanislaw" }]);
  });
});

describe("ambiguous many-to-many", () => {
  it("describes each junction by its keys and hints by the junction's name", async () => {
    const response = await get("books?select=genres(name)");
    await expectReply(response, 300, {
      code: "PGRST201",
      message:
        "Could not embed because more than one relationship was found for 'books' and 'genres'",
      details: [
        {
          cardinality: "many-to-many",
          embedding: "books with genres",
          relationship:
            "book_genres using book_genres_book_id_fkey(book_id) and book_genres_genre_id_fkey(genre_id)",
        },
        {
          cardinality: "many-to-many",
          embedding: "books with genres",
          relationship:
            "book_tags using book_tags_book_id_fkey(book_id) and book_tags_genre_id_fkey(genre_id)",
        },
      ],
      hint: "Try changing 'genres' to one of the following: 'genres!book_genres', 'genres!book_tags'. Find the desired relationship in the 'details' key.",
    });
    expect(await rows("books?select=id,genres!book_genres(name)&id=eq.1")).toEqual([
      { id: 1, genres: [{ name: "Fantasy" }] },
    ]);
  });
});

describe("to-one embeds as PostgREST 12+ renders them", () => {
  it("answers a to-one embed in jsonb's key order and spacing (row_to_json(…)::jsonb)", async () => {
    const response = await get(
      "books?select=id,authors!books_author_id_fkey(country,name),reviews(stars)&id=eq.3",
    );
    expect(response.status).toBe(200);
    // jsonb orders keys by length, then bytes; to-many arrays stay json_agg's text.
    expect(await response.text()).toBe(
      '[{"id":3,"authors":{"name": "Stanislaw", "country": "PL"},"reviews":[{"stars":5}]}]',
    );
  });
});

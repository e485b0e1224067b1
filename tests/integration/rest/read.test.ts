// Reads through supabase-js: every filter operator, select features and windows, each checked
// against the same question asked in plain SQL as the table owner.
// Longer than ~300 lines on purpose: one REST stack (≈10 s to start) serves every read case, and
// the describe blocks follow PostgREST's read reference section by section.
import { describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";
import { expectReplyLike } from "./reply";

const stack = restStackForFile();

const api = () => stack.client().schema("api_test");

async function sqlIds(where: string): Promise<number[]> {
  const rows = await stack.owner.unsafe<{ id: number }[]>(
    `select id from api_test.books where ${where} order by id`,
  );
  return rows.map((row) => row.id);
}

describe("filter operators", () => {
  it.each([
    ["eq", "pages=eq.204", "pages = 204"],
    ["neq", "pages=neq.204", "pages <> 204"],
    ["gt", "pages=gt.204", "pages > 204"],
    ["gte", "pages=gte.204", "pages >= 204"],
    ["lt", "pages=lt.204", "pages < 204"],
    ["lte", "pages=lte.204", "pages <= 204"],
    ["like with *", "title=like.*Earth*", "title like '%Earth%'"],
    ["ilike", "title=ilike.the*", "title ilike 'the%'"],
    ["match", "title=match.^[A-I]", "title ~ '^[A-I]'"],
    ["imatch", "title=imatch.^s", "title ~* '^s'"],
    ["in", "id=in.(1,3,5)", "id in (1, 3, 5)"],
    [
      "in with quoted commas",
      'title=in.("Solaris","If on a winter\'s night a traveler","a,b")',
      "title in ('Solaris', 'If on a winter''s night a traveler')",
    ],
    ["is null", "price=is.null", "price is null"],
    ["is not_null", "price=not.is.null", "price is not null"],
    ["is true", "id=gt.0&rating=not.is.null", "rating is not null"],
    ["isdistinct", "rating=isdistinct.5", "rating is distinct from 5"],
    ["cs", "tags=cs.{classic}", "tags @> '{classic}'"],
    ["cd", "tags=cd.{scifi,humor,classic}", "tags <@ '{scifi,humor,classic}'"],
    ["ov", "tags=ov.{humor,literary}", "tags && '{humor,literary}'"],
    ["jsonb cs", 'data=cs.{"lang":"pl"}', `data @> '{"lang":"pl"}'`],
    ["fts", "search=fts.wizard", "search @@ to_tsquery('wizard')"],
    [
      "fts with language",
      "search=fts(english).cities",
      "search @@ to_tsquery('english', 'cities')",
    ],
    ["plfts", "search=plfts.cold planet", "search @@ plainto_tsquery('cold planet')"],
    [
      "phfts",
      "search=phfts(english).young wizard",
      "search @@ phraseto_tsquery('english', 'young wizard')",
    ],
    ["wfts", "search=wfts.ocean -cities", "search @@ websearch_to_tsquery('ocean -cities')"],
    ["not.eq", "pages=not.eq.204", "not (pages = 204)"],
    ["not.in", "id=not.in.(1,2)", "id not in (1, 2)"],
    ["not.like", "title=not.like.*a*", "not (title like '%a%')"],
    ["eq(any)", "pages=eq(any).{183,204}", "pages = any('{183,204}')"],
    ["like(all)", "title=like(all).{*e*,*i*}", "title like all('{%e%,%i%}')"],
    ["between as two params", "pages=gte.200&pages=lte.290", "pages between 200 and 290"],
    ["json path ->>", "data->>lang=eq.pl", "data->>'lang' = 'pl'"],
    ["nested json path", "data->meta->>isbn=eq.111", "data->'meta'->>'isbn' = '111'"],
    ["or", "or=(pages.lt.170,title.eq.Solaris)", "pages < 170 or title = 'Solaris'"],
    [
      "and inside or",
      "or=(and(pages.gt.200,pages.lt.250),id.eq.1)",
      "(pages > 200 and pages < 250) or id = 1",
    ],
    ["not.or", "not.or=(id.eq.1,id.eq.2)", "not (id = 1 or id = 2)"],
    ["and", "and=(pages.gt.180,rating.eq.5)", "pages > 180 and rating = 5"],
    [
      "quoted value in or",
      'or=(title.eq."If on a winter\'s night a traveler",id.eq.1)',
      "title = 'If on a winter''s night a traveler' or id = 1",
    ],
    ["in inside or", 'or=(id.in.("1","2"),id.eq.6)', "id in (1, 2, 6)"],
  ])("%s", async (_name, query, where) => {
    const response = await fetch(
      `${stack.rest}/books?select=id&order=id&${query.replaceAll(" ", "+")}`,
      {
        headers: { "Accept-Profile": "api_test" },
      },
    );
    expect(response.status).toBe(200);
    const rows = (await response.json()) as { id: number }[];
    expect(rows.map((row) => row.id)).toEqual(await sqlIds(where));
  });

  it.each([
    ["sl", "during=sl.[10,20)", "during << '[10,20)'"],
    ["sr", "during=sr.[1,6)", "during >> '[1,6)'"],
    ["nxr", "during=nxr.[1,9)", "during &< '[1,9)'"],
    ["nxl", "during=nxl.[6,9)", "during &> '[6,9)'"],
    ["adj", "during=adj.[10,20)", "during -|- '[10,20)'"],
    ["ov on ranges", "during=ov.[9,21)", "during && '[9,21)'"],
    ["cs on ranges", "during=cs.[9,10)", "during @> '[9,10)'::int4range"],
  ])("range operator %s", async (_name, query, where) => {
    const response = await fetch(`${stack.rest}/slots?select=id&order=id&${query}`, {
      headers: { "Accept-Profile": "api_test" },
    });
    expect(response.status).toBe(200);
    const expected = await stack.owner.unsafe<{ id: number }[]>(
      `select id from api_test.slots where ${where} order by id`,
    );
    expect(((await response.json()) as { id: number }[]).map((row) => row.id)).toEqual(
      expected.map((row) => row.id),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  it("builds the same filters through supabase-js methods", async () => {
    const { data, error } = await api()
      .from("books")
      .select("id")
      .or("pages.lt.170,title.eq.Solaris")
      .not("price", "is", null)
      .ilike("title", "%s%")
      .order("id");
    expect(error).toBeNull();
    expect(data?.map((row) => row.id)).toEqual(
      await sqlIds(
        "(pages < 170 or title = 'Solaris') and price is not null and title ilike '%s%'",
      ),
    );
  });

  it("decodes + in the query string as a space, as URLSearchParams encodes it", async () => {
    const { data } = await api().from("books").select("id").eq("title", "The Cyberiad");
    expect(data).toEqual([{ id: 4 }]);
  });
});

describe("select", () => {
  it("renames, casts and reads JSON paths", async () => {
    const { data, error } = await api()
      .from("books")
      .select("book:title,pages::text,lang:data->>lang,isbn:data->meta->isbn,price")
      .eq("id", 1)
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({
      book: "A Wizard of Earthsea",
      pages: "183",
      lang: "en",
      isbn: "111",
      price: 9.99,
    });
  });

  it("renders dates, numerics, arrays and json as Postgres does", async () => {
    const { data } = await api()
      .from("books")
      .select("published,price,tags,data")
      .eq("id", 2)
      .single();
    const [row] =
      await stack.owner`select to_json(published) as published, to_json(price) as price from api_test.books where id = 2`;
    expect(data).toEqual({
      published: row?.published,
      price: row?.price,
      tags: ["scifi", "classic"],
      data: { lang: "en" },
    });
  });

  it("embeds a to-one parent and to-many children", async () => {
    const { data } = await api()
      .from("books")
      .select("id,author:authors!author_id(name),reviews(stars)")
      .in("id", [1, 4])
      .order("id");
    expect(data).toEqual([
      { id: 1, author: { name: "Ursula" }, reviews: [{ stars: 5 }, { stars: 4 }] },
      { id: 4, author: { name: "Stanislaw" }, reviews: [] },
    ]);
  });

  it("embeds children from the parent side with their own order, limit and filters", async () => {
    const { data } = await api()
      .from("authors")
      .select("name,books!author_id(title)")
      .eq("id", 2)
      .order("title", { referencedTable: "books", ascending: false })
      .limit(1, { referencedTable: "books" });
    expect(data).toEqual([{ name: "Stanislaw", books: [{ title: "The Cyberiad" }] }]);
    const filtered = await api()
      .from("authors")
      .select("id,books!author_id(id)")
      .eq("books.id", 3)
      .eq("id", 2);
    expect(filtered.data).toEqual([{ id: 2, books: [{ id: 3 }] }]);
  });

  it("applies logic trees and filters to embedded rows with rel.or", async () => {
    const { data } = await api()
      .from("books")
      .select("id,reviews(stars)")
      .or("stars.eq.2,stars.eq.4", { referencedTable: "reviews" })
      .in("id", [1, 5])
      .order("id");
    expect(data).toEqual([
      { id: 1, reviews: [{ stars: 4 }] },
      { id: 5, reviews: [{ stars: 2 }] },
    ]);
  });

  it("embeds many-to-many through a junction table, both ways", async () => {
    const { data } = await api()
      .from("books")
      .select("id,genres(name)")
      .in("id", [2, 4])
      .order("id");
    expect(data).toEqual([
      { id: 2, genres: [{ name: "Science fiction" }, { name: "Literary" }] },
      { id: 4, genres: [] },
    ]);
    const back = await api().from("genres").select("name,books!inner(id)").eq("books.id", 3);
    expect(back.data).toEqual([{ name: "Science fiction", books: [{ id: 3 }] }]);
  });

  it("embeds a one-to-one child as an object", async () => {
    const { data } = await api()
      .from("authors")
      .select("id,bios(bio)")
      .in("id", [1, 2])
      .order("id");
    expect(data).toEqual([
      { id: 1, bios: { bio: "Wrote Earthsea" } },
      { id: 2, bios: null },
    ]);
  });

  it("answers 300 PGRST201 for an ambiguous embed and resolves it with a hint", async () => {
    const ambiguous = await api().from("books").select("id,authors(name)");
    expect(ambiguous.status).toBe(300);
    expect(ambiguous.error?.code).toBe("PGRST201");
    const editor = await api()
      .from("books")
      .select("id,editor:authors!books_editor_id_fkey(name)")
      .eq("id", 1)
      .single();
    expect(editor.data).toEqual({ id: 1, editor: { name: "Stanislaw" } });
  });

  it("answers 400 PGRST200 for an embed without a relationship", async () => {
    const { error, status } = await api().from("books").select("id,numbers(n)");
    expect(status).toBe(400);
    expect(error?.code).toBe("PGRST200");
  });

  it("keeps only parents whose embed matches with !inner", async () => {
    const { data } = await api()
      .from("books")
      .select("id,reviews!inner(stars)")
      .eq("reviews.stars", 5)
      .order("id");
    expect(data).toEqual([
      { id: 1, reviews: [{ stars: 5 }] },
      { id: 3, reviews: [{ stars: 5 }] },
    ]);
    const ids =
      await stack.owner`select distinct book_id as id from api_test.reviews where stars = 5 order by 1`;
    expect(data?.map((row) => row.id)).toEqual(ids.map((row) => row.id));
  });

  it("filters parents on embed presence with not.is.null", async () => {
    const { data } = await api()
      .from("books")
      .select("id,reviews(id)")
      .not("reviews", "is", null)
      .order("id");
    expect(data?.map((row) => row.id)).toEqual([1, 3, 5]);
  });

  it("spreads a to-one embed's columns into the parent", async () => {
    const { data } = await api()
      .from("books")
      .select("id,...authors!author_id(author_name:name)")
      .eq("id", 5);
    expect(data).toEqual([{ id: 5, author_name: "Italo" }]);
  });

  it("answers 400 PGRST108 when filtering an embed that is not selected", async () => {
    const { error, status } = await api().from("books").select("id").eq("reviews.stars", 5);
    expect(status).toBe(400);
    expect(error?.code).toBe("PGRST108");
  });

  it("answers 400 42703 for an unknown column", async () => {
    const { error, status } = await api().from("books").select("id,nope");
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: "42703", message: "column books.nope does not exist" });
  });

  it("selects, filters and orders by computed fields", async () => {
    const { data } = await api()
      .from("books")
      .select("id,label")
      .ilike("label", "%pages)")
      .lt("pages", 190)
      .order("label");
    expect(data).toEqual([
      { id: 1, label: "A Wizard of Earthsea (183 pages)" },
      { id: 5, label: "Invisible Cities (165 pages)" },
    ]);
  });

  it("embeds through views by their base tables' foreign keys", async () => {
    const { data } = await api()
      .from("book_cards")
      .select("title,authors(name),reviews(stars)")
      .eq("id", 3);
    expect(data).toEqual([
      { title: "Solaris", authors: { name: "Stanislaw" }, reviews: [{ stars: 5 }] },
    ]);
    const back = await api().from("reviews").select("stars,book_titles(title)").eq("book_id", 5);
    expect(back.data).toEqual([{ stars: 2, book_titles: { title: "Invisible Cities" } }]);
  });

  it("reads views", async () => {
    const { data } = await api().from("book_titles").select("*").eq("id", 3);
    expect(data).toEqual([{ id: 3, title: "Solaris" }]);
  });
});

describe("order and windows", () => {
  it("orders with direction and nulls placement", async () => {
    const { data } = await api()
      .from("books")
      .select("id")
      .order("price", { ascending: false, nullsFirst: true })
      .order("id");
    const rows =
      await stack.owner`select id from api_test.books order by price desc nulls first, id`;
    expect(data?.map((row) => row.id)).toEqual(rows.map((row) => row.id));
  });

  it("orders parents by a to-one embed's column", async () => {
    const response = await fetch(
      `${stack.rest}/books?select=id,author:authors!author_id(name)&order=author(name).desc,id.asc`,
      {
        headers: { "Accept-Profile": "api_test" },
      },
    );
    const rows = (await response.json()) as { id: number }[];
    const expected =
      await stack.owner`select b.id from api_test.books b join api_test.authors a on a.id = b.author_id order by a.name desc, b.id`;
    expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });

  it("pages with range and reports the exact count with 206", async () => {
    const { data, count, status } = await api()
      .from("books")
      .select("id", { count: "exact" })
      .order("id")
      .range(2, 3);
    expect(status).toBe(206);
    expect(count).toBe(6);
    expect(data).toEqual([{ id: 3 }, { id: 4 }]);
  });

  it("sends Content-Range with and without a count", async () => {
    const plain = await fetch(`${stack.rest}/books?select=id&limit=2`, {
      headers: { "Accept-Profile": "api_test" },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-range")).toBe("0-1/*");
    const counted = await fetch(`${stack.rest}/books?select=id&offset=4`, {
      headers: { "Accept-Profile": "api_test", Prefer: "count=exact" },
    });
    expect(counted.status).toBe(206);
    expect(counted.headers.get("content-range")).toBe("4-5/6");
    const all = await fetch(`${stack.rest}/books?select=id`, {
      headers: { "Accept-Profile": "api_test", Prefer: "count=exact" },
    });
    expect(all.status).toBe(200);
    expect(all.headers.get("content-range")).toBe("0-5/6");
  });

  it("honours the Range header", async () => {
    const response = await fetch(`${stack.rest}/books?select=id&order=id`, {
      headers: { "Accept-Profile": "api_test", Range: "1-2", "Range-Unit": "items" },
    });
    expect(await response.json()).toEqual([{ id: 2 }, { id: 3 }]);
    expect(response.headers.get("content-range")).toBe("1-2/*");
  });

  it("answers an empty page as */total and an offset past the total as 416 PGRST103", async () => {
    const empty = await fetch(`${stack.rest}/books?select=id&id=gt.100`, {
      headers: { "Accept-Profile": "api_test", Prefer: "count=exact" },
    });
    expect(empty.status).toBe(200);
    expect(empty.headers.get("content-range")).toBe("*/0");
    expect(await empty.json()).toEqual([]);
    const past = await api().from("books").select("id", { count: "exact" }).range(10, 19);
    expect(past.status).toBe(416);
    expect(past.error).toMatchObject({
      code: "PGRST103",
      details: "An offset of 10 was requested, but there are only 6 rows.",
    });
  });

  it("caps every read at 1000 rows, whatever the client asks", async () => {
    const { data, count, status } = await api()
      .from("numbers")
      .select("n", { count: "exact" })
      .limit(5000);
    expect(data).toHaveLength(1000);
    expect(count).toBe(1500);
    expect(status).toBe(206);
  });

  it("gives planned and estimated counts", async () => {
    await stack.owner`analyze api_test.numbers`;
    const planned = await api().from("numbers").select("n", { count: "planned", head: true });
    expect(planned.status).toBe(206);
    expect(planned.count).toBeGreaterThan(1000);
    const estimated = await api()
      .from("numbers")
      .select("n", { count: "estimated", head: true })
      .lt("n", 10);
    expect(estimated.count).toBe(9);
    // Past db-max-rows the exact count stops at 1001 and the planner's figure takes over.
    const large = await api().from("numbers").select("n", { count: "estimated", head: true });
    expect(large.count).toBeGreaterThanOrEqual(1001);
  });
});

describe("media types", () => {
  it("returns one object for .single() and 406 PGRST116 otherwise", async () => {
    const one = await api().from("books").select("id,title").eq("id", 3).single();
    expect(one.data).toEqual({ id: 3, title: "Solaris" });
    const many = await api().from("books").select("id").single();
    expect(many.status).toBe(406);
    expect(many.error).toMatchObject({ code: "PGRST116", details: "The result contains 6 rows" });
    const zero = await api().from("books").select("id").eq("id", 999).single();
    expect(zero.error).toMatchObject({ code: "PGRST116", details: "The result contains 0 rows" });
    const none = await api().from("books").select("id").eq("id", 999).maybeSingle();
    expect(none.data).toBeNull();
    expect(none.error).toBeNull();
  });

  it("returns CSV", async () => {
    const { data } = await api()
      .from("authors")
      .select("id,name,country")
      .in("id", [1, 4])
      .order("id")
      .csv();
    expect(data).toBe("id,name,country\n1,Ursula,US\n4,Nobody,");
  });

  it("strips nulls when asked", async () => {
    const response = await fetch(`${stack.rest}/authors?id=eq.4`, {
      headers: {
        "Accept-Profile": "api_test",
        Accept: "application/vnd.pgrst.object+json;nulls=stripped",
      },
    });
    expect(await response.json()).toEqual({ id: 4, name: "Nobody" });
  });

  it("refuses an unknown Accept with 406 PGRST107", async () => {
    const response = await fetch(`${stack.rest}/authors`, {
      headers: { "Accept-Profile": "api_test", Accept: "application/xml" },
    });
    await expectReplyLike(response, 406, { code: "PGRST107" });
  });

  it("answers HEAD with headers only", async () => {
    const { data, count, status } = await api()
      .from("books")
      .select("*", { count: "exact", head: true });
    expect(status).toBe(200);
    expect(data).toBeNull();
    expect(count).toBe(6);
  });
});

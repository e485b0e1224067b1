// PostgREST 13's fuzzy "Perhaps you meant …" hints on PGRST200, PGRST202 and PGRST205, with the
// message, details and hint it writes (src/PostgREST/Error/SchemaCacheError.hs;
// https://docs.postgrest.org/en/v13/references/errors.html#schema-cache-errors-pgrst2xx).
import { describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";
import { expectError } from "./reply";

const stack = restStackForFile();
const api = () => stack.client().schema("api_test");

async function answer(path: string, init: RequestInit = {}) {
  const response = await fetch(`${stack.rest}/${path}`, {
    ...init,
    headers: { "Accept-Profile": "api_test", "Content-Profile": "api_test", ...init.headers },
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as unknown,
  };
}

/** What `answer` returns for a JSON error: PostgREST always sends these as utf-8 JSON. */
const jsonError = (status: number, body: object) => ({
  status,
  type: "application/json; charset=utf-8",
  body,
});

describe("PGRST205: table not found", () => {
  it("names the closest table of the schema through supabase-js", async () => {
    await expectError(api().from("book").select(), 404, {
      code: "PGRST205",
      message: "Could not find the table 'api_test.book' in the schema cache",
      details: null,
      hint: "Perhaps you meant the table 'api_test.books'",
    });
  });

  it("matches a differently cased name and gives no hint when nothing is close", async () => {
    expect((await answer("Authors")).body).toMatchObject({
      hint: "Perhaps you meant the table 'api_test.authors'",
    });
    expect(await answer("qqqqqqqq")).toEqual(
      jsonError(404, {
        code: "PGRST205",
        message: "Could not find the table 'api_test.qqqqqqqq' in the schema cache",
        details: null,
        hint: null,
      }),
    );
  });
});

describe("PGRST200: relationship not found", () => {
  it("suggests the closest related table for a misspelt embed", async () => {
    await expectError(api().from("books").select("id,review(stars)"), 400, {
      code: "PGRST200",
      message: "Could not find a relationship between 'books' and 'review' in the schema cache",
      details:
        "Searched for a foreign key relationship between 'books' and 'review' in the schema 'api_test', but no matches were found.",
      hint: "Perhaps you meant 'reviews' instead of 'review'.",
    });
  });

  it("names a failing !hint in the details and suggests nothing for a related table", async () => {
    expect(await answer("books?select=id,authors!nope(name)")).toEqual(
      jsonError(400, {
        code: "PGRST200",
        message: "Could not find a relationship between 'books' and 'authors' in the schema cache",
        details:
          "Searched for a foreign key relationship between 'books' and 'authors' using the hint 'nope' in the schema 'api_test', but no matches were found.",
        hint: null,
      }),
    );
  });
});

describe("PGRST200 on a function's own row type", () => {
  it("answers an embed from a table-returning function's columns with PGRST200", async () => {
    expect(await answer("rpc/author_stats?who=1&select=author_id,authors(name)")).toEqual(
      jsonError(400, {
        code: "PGRST200",
        message:
          "Could not find a relationship between 'author_stats' and 'authors' in the schema cache",
        details:
          "Searched for a foreign key relationship between 'author_stats' and 'authors' in the schema 'api_test', but no matches were found.",
        // noRelBetweenHint: an origin without relationships gets the closest one that has some.
        hint: "Perhaps you meant 'authors' instead of 'author_stats'.",
      }),
    );
  });
});

describe("PGRST202: function not found", () => {
  it("suggests the closest function name when none has the name", async () => {
    expect(await answer("rpc/ad?a=1")).toEqual(
      jsonError(404, {
        code: "PGRST202",
        message: "Could not find the function api_test.ad(a) in the schema cache",
        details:
          "Searched for the function api_test.ad with parameter a, but no matches were found in the schema cache.",
        hint: "Perhaps you meant to call the function api_test.add",
      }),
    );
  });

  it("suggests the overload whose parameters read closest, through supabase-js", async () => {
    await expectError(api().rpc("add", { a: 1, c: 2 } as never), 404, {
      code: "PGRST202",
      message: "Could not find the function api_test.add(a, c) in the schema cache",
      details:
        "Searched for the function api_test.add with parameters a, c or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.",
      hint: "Perhaps you meant to call the function api_test.add(a, b)",
    });
  });

  it("gives no hint and no parameters for a raw text body", async () => {
    expect(
      await answer("rpc/add", {
        method: "POST",
        body: "hello",
        headers: { "Content-Type": "text/plain" },
      }),
    ).toEqual(
      jsonError(404, {
        code: "PGRST202",
        message: "Could not find the function api_test.add in the schema cache",
        details:
          "Searched for the function api_test.add with a single unnamed text parameter, but no matches were found in the schema cache.",
        hint: null,
      }),
    );
  });
});

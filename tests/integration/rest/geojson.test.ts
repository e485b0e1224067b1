// `Accept: application/geo+json` as PostgREST serves it: the rows folded into one GeoJSON
// FeatureCollection by PostGIS's ST_AsGeoJSON(record). Embedded Postgres ships no PostGIS, so
// without it the answer is Postgres's own 42883 as a 404, as PostgREST gives on a database
// without PostGIS; with a function of that name and signature in reach, its features come back
// in the collection (https://docs.postgrest.org/en/v13/references/api/resource_representation.html).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";

const stack = restStackForFile();
beforeEach(async () => {
  await stack.owner`delete from api_test.items`;
  await stack.owner`insert into api_test.items (id, code, qty) values (1, 'a', 2), (2, 'b', 3)`;
});
afterEach(async () => {
  await stack.owner`drop function if exists api_test.st_asgeojson(anyelement)`;
});

const readGeoJson = (path: string) =>
  fetch(`${stack.rest}${path}`, {
    headers: { "Accept-Profile": "api_test", Accept: "application/geo+json" },
  });

describe("application/geo+json", () => {
  it("answers 404 with Postgres's 42883 where PostGIS is missing", async () => {
    const response = await readGeoJson("/items?select=id");
    expect(response.status).toBe(404);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe("42883");
    expect(body.message).toMatch(/^function st_asgeojson\(.*\) does not exist$/);
  });

  it("folds the rows into one FeatureCollection through ST_AsGeoJSON", async () => {
    // Stands in for PostGIS's ST_AsGeoJSON(record): each row a Feature with its properties.
    await stack.owner`
      create function api_test.st_asgeojson(r anyelement) returns text language sql immutable
      as $$ select json_build_object('type', 'Feature', 'geometry', null, 'properties', to_json(r))::text $$`;
    await stack.owner`grant execute on function api_test.st_asgeojson(anyelement) to anon`;
    const response = await readGeoJson("/items?select=id,code&order=id.desc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    expect(await response.json()).toEqual({
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: null, properties: { id: 2, code: "b" } },
        { type: "Feature", geometry: null, properties: { id: 1, code: "a" } },
      ],
    });
    const none = await readGeoJson("/items?id=eq.99");
    expect(await none.json()).toEqual({ type: "FeatureCollection", features: [] });
  });
});

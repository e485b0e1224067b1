// A CMS page's portal address keeps its slug's sections and encodes the rest.
import { publicPagePath } from "@db/routes/portal";
import { matchPath } from "react-router";
import { describe, expect, it } from "vitest";
import { pathOf, routeAt } from "../../../portal/src/routes";

describe("publicPagePath", () => {
  it("keeps a slug's sections as path segments", () => {
    expect(publicPagePath("legal/privacy")).toBe("/p/legal/privacy");
    expect(publicPagePath("a b/c?d")).toBe("/p/a%20b/c%3Fd");
  });

  it("is served by the portal's CMS route, which hands the whole slug to the page", () => {
    const route = routeAt(publicPagePath("legal/privacy"));
    expect(route?.page).toBe("publicPage");
    expect(route?.frame).toBe("light");
    const match = route ? matchPath(pathOf(route), "/p/legal/privacy") : null;
    expect(match?.params["*"]).toBe("legal/privacy");
  });
});

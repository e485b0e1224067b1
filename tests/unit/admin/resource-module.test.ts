// Each resource's paths are written once (db/routes/admin) and become both Refine's resource and
// its routes.
import { describe, expect, it } from "vitest";
import {
  type ResourceModule,
  toRefineResource,
} from "../../../admin/src/resources/resource-module";

const page = () => null;

describe("toRefineResource", () => {
  it("derives every page's path from the list's", () => {
    const companies: ResourceModule = {
      name: "companies",
      label: "Companies",
      icon: null,
      list: page,
      show: page,
      create: page,
      edit: page,
    };
    expect(toRefineResource(companies)).toEqual({
      name: "companies",
      list: "/companies",
      create: "/companies/create",
      edit: "/companies/edit/:id",
      show: "/companies/:id",
      meta: { label: "Companies", icon: null },
    });
  });

  it("leaves out the pages a resource does not have", () => {
    const queue: ResourceModule = {
      name: "signup_requests",
      label: "Sign-up requests",
      icon: null,
      list: page,
      show: page,
    };
    expect(toRefineResource(queue)).toMatchObject({ create: undefined, edit: undefined });
  });
});

// The apps offer staff the actions RLS allows them, and clients none in the admin.
import { describe, expect, it } from "vitest";
import { canDo } from "../../../supabase/client/access-control";

describe("canDo", () => {
  it("lets admins do everything", () => {
    expect(canDo("admin", "email_templates", "edit")).toBe(true);
    expect(canDo("admin", "companies", "delete")).toBe(true);
  });

  it("lets the team read everything and edit client work, not admin-managed tables", () => {
    for (const resource of ["companies", "projects", "signup_requests", "email_templates"]) {
      expect(canDo("team", resource, "list"), resource).toBe(true);
      expect(canDo("team", resource, "show"), resource).toBe(true);
    }
    expect(canDo("team", "companies", "create")).toBe(true);
    expect(canDo("team", "projects", "edit")).toBe(true);
    expect(canDo("team", "email_templates", "edit")).toBe(false);
    expect(canDo("team", "beta_access", "create")).toBe(false);
    expect(canDo("team", "pages", "create")).toBe(false);
    expect(canDo("team", "companies", "delete")).toBe(false);
    expect(canDo("team", "contacts", "delete")).toBe(true);
  });

  it("gives clients and unknown people nothing", () => {
    expect(canDo("client", "companies", "list")).toBe(false);
    expect(canDo(null, "companies", "list")).toBe(false);
  });
});

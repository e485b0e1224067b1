// The apps offer staff the actions RLS allows them, and clients none in the admin.

import type { AuthProvider } from "@refinedev/core";
import type { AuthChangeEvent, SupabaseClient } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { canDo, createAccessControlProvider } from "../../../supabase/client/access-control";

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

describe("createAccessControlProvider", () => {
  it("reads the role once per session, not once per button", async () => {
    let reads = 0;
    let role = "team";
    const auth = {
      getPermissions: async () => {
        reads += 1;
        return role;
      },
    } as AuthProvider;
    let notify: (event: AuthChangeEvent) => void = () => {};
    const supabase = {
      auth: {
        onAuthStateChange: (callback: (event: AuthChangeEvent) => void) => {
          notify = callback;
          return { data: { subscription: { unsubscribe: () => {} } } };
        },
      },
    } as unknown as Pick<SupabaseClient, "auth">;
    const provider = createAccessControlProvider(auth, supabase);

    const edit = () => provider.can({ resource: "email_templates", action: "edit" });
    expect((await Promise.all([edit(), edit(), edit()])).map((answer) => answer.can)).toEqual([
      false,
      false,
      false,
    ]);
    expect(reads).toBe(1);

    notify("TOKEN_REFRESHED");
    await edit();
    expect(reads).toBe(1);

    role = "admin";
    notify("SIGNED_IN");
    expect((await edit()).can).toBe(true);
    expect(reads).toBe(2);
  });
});

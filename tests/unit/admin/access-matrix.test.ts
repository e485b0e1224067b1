// The access matrix's reading of policies: which of anon, client, team and admin each policy lets
// in, from the grants, RLS and the role helpers it calls; and that only admins get the page.
import type { AccessMatrixRow, AccessPolicy } from "@db/validation/access-matrix";
import { canDo } from "@supabase-client/access-control";
import { createI18nProvider } from "@supabase-client/i18n/provider";
import { describe, expect, it } from "vitest";
import { adminMessages } from "../../../admin/src/i18n";
import { accessCell, reachOf } from "../../../admin/src/resources/access-matrix/derive-access";
import { reasonText } from "../../../admin/src/resources/access-matrix/reason-text";

const staff = "( SELECT private.is_staff() AS is_staff)";
const admin = "( SELECT private.is_admin() AS is_admin)";

const policy = (fields: Partial<AccessPolicy> & Pick<AccessPolicy, "name" | "command">) => ({
  roles: ["authenticated"],
  permissive: true,
  using: null,
  with_check: null,
  ...fields,
});

const none = { select: null, insert: null, update: null, delete: null };
const crud = { select: "table", insert: "table", update: "table", delete: "table" } as const;

/** The projects table as the migrated database describes it. */
const projects: AccessMatrixRow = {
  table_schema: "public",
  table_name: "projects",
  rls_enabled: true,
  rls_forced: false,
  grants: { anon: none, authenticated: crud },
  flags: [],
  relation_kind: "table",
  public_buckets: [],
  policies: [
    policy({ name: "admins delete projects", command: "DELETE", using: admin }),
    policy({
      name: "service role manages projects",
      command: "ALL",
      roles: ["service_role"],
      using: "true",
      with_check: "true",
    }),
    policy({
      name: "staff and the company's clients read projects",
      command: "SELECT",
      using: `(${staff} OR (company_id = ( SELECT private.current_company_id() AS current_company_id)))`,
    }),
    policy({ name: "staff create projects", command: "INSERT", with_check: staff }),
    policy({ name: "staff update projects", command: "UPDATE", using: staff, with_check: staff }),
  ],
};

describe("reachOf", () => {
  it("reads the role helpers, OR and AND, outside quotes", () => {
    expect(reachOf(staff, "team")).toBe("all");
    expect(reachOf(staff, "client")).toBe("none");
    expect(reachOf(admin, "team")).toBe("none");
    expect(
      reachOf(`((${staff} AND (author_id = ( SELECT auth.uid() AS uid))) OR ${admin})`, "team"),
    ).toBe("some");
    expect(
      reachOf(`((${staff} AND (author_id = ( SELECT auth.uid() AS uid))) OR ${admin})`, "admin"),
    ).toBe("all");
    expect(reachOf("((status = 'a OR b'::text) OR false)", "client")).toBe("some");
    expect(reachOf("true", "anon")).toBe("all");
  });
});

describe("accessCell", () => {
  it("gives each role on projects what the RLS matrix expects", () => {
    // One role's row of the matrix: its reach for select, insert, update and delete.
    const reachRow = (role: "anon" | "client" | "team" | "admin") =>
      (["select", "insert", "update", "delete"] as const).map(
        (op) => accessCell(projects, role, op).reach,
      );
    expect(reachRow("anon")).toEqual(["none", "none", "none", "none"]);
    expect(reachRow("client")).toEqual(["some", "none", "none", "none"]);
    expect(reachRow("team")).toEqual(["all", "all", "all", "none"]);
    expect(reachRow("admin")).toEqual(["all", "all", "all", "all"]);
    expect(accessCell(projects, "client", "select").policies).toEqual([
      "staff and the company's clients read projects",
    ]);
    expect(accessCell(projects, "anon", "select").reason).toEqual([
      { key: "noGrant", values: { apiRole: "anon", operation: "select" }, someColumns: false },
    ]);
  });

  it("opens every row of a table without RLS to whoever holds a grant", () => {
    const open = {
      ...projects,
      rls_enabled: false,
      grants: { anon: { ...none, select: "table" as const }, authenticated: none },
    };
    expect(accessCell(open, "anon", "select")).toEqual({
      reach: "all",
      policies: [],
      reason: [{ key: "rlsOff", values: {}, someColumns: false }],
    });
    expect(accessCell(open, "admin", "select").reach).toBe("none");
  });

  it("narrows to some rows for a column grant or a restrictive policy", () => {
    const narrowed: AccessMatrixRow = {
      ...projects,
      grants: { anon: none, authenticated: { ...crud, update: "columns" } },
      policies: [
        ...projects.policies,
        policy({
          name: "only open projects",
          command: "SELECT",
          permissive: false,
          using: "(status <> 'archived')",
        }),
      ],
    };
    expect(accessCell(narrowed, "team", "update")).toMatchObject({
      reach: "some",
      reason: [{ key: "policyRows", values: {}, someColumns: true }],
    });
    expect(accessCell(narrowed, "team", "select")).toMatchObject({
      reach: "some",
      policies: ["staff and the company's clients read projects", "only open projects"],
    });
  });
});

describe("accessCell on views and public buckets", () => {
  const readable = { anon: none, authenticated: { ...none, select: "table" as const } };
  const view = (relation_kind: AccessMatrixRow["relation_kind"]): AccessMatrixRow => ({
    ...projects,
    table_name: "audit_entries",
    rls_enabled: false,
    grants: readable,
    policies: [],
    relation_kind,
  });

  it("leaves an invoker view's rows to its tables' policies", () => {
    expect(accessCell(view("invoker_view"), "client", "select")).toEqual({
      reach: "some",
      policies: [],
      reason: [{ key: "invokerView", values: {}, someColumns: false }],
    });
    expect(accessCell(view("invoker_view"), "anon", "select").reach).toBe("none");
  });

  it("opens every row of a view that reads as its owner", () => {
    expect(accessCell(view("owner_view"), "client", "select")).toMatchObject({ reach: "all" });
    expect(accessCell(view("owner_view"), "client", "insert").reach).toBe("none");
  });

  it("lets anyone read a public bucket's objects, whatever the policies say", () => {
    const objects: AccessMatrixRow = {
      ...projects,
      table_schema: "storage",
      table_name: "objects",
      grants: { anon: crud, authenticated: crud },
      policies: [],
      public_buckets: ["public-media"],
    };
    expect(accessCell(objects, "anon", "select")).toEqual({
      reach: "some",
      policies: [],
      reason: [{ key: "publicBuckets", values: { buckets: "public-media" }, someColumns: false }],
    });
    // A role the policies already let in gets both reasons.
    expect(accessCell({ ...objects, rls_enabled: false }, "admin", "select").reason).toEqual([
      { key: "rlsOff", values: {}, someColumns: false },
      { key: "publicBuckets", values: { buckets: "public-media" }, someColumns: false },
    ]);
    expect(accessCell(objects, "anon", "insert").reach).toBe("none");
    expect(accessCell({ ...objects, public_buckets: [] }, "anon", "select").reach).toBe("none");
  });
});

describe("a cell's reason in words", () => {
  const french = createI18nProvider("fr", () => undefined, adminMessages).translate;
  const twoReasons = [
    { key: "rlsOff", values: {}, someColumns: true },
    { key: "publicBuckets", values: { buckets: "public-media" }, someColumns: false },
  ] as const;

  it("reads in English as the page always said it", () => {
    expect(
      reasonText([
        { key: "noGrant", values: { apiRole: "anon", operation: "select" }, someColumns: false },
      ]),
    ).toBe("anon has no select grant");
    expect(reasonText([...twoReasons])).toBe(
      "RLS is off: every row (some columns only); anyone reads the objects of public-media by URL",
    );
  });

  it("reads in French, with the database's names as they are", () => {
    expect(
      reasonText(
        [{ key: "noGrant", values: { apiRole: "anon", operation: "select" }, someColumns: false }],
        french,
      ),
    ).toBe("anon n’a pas le droit select");
    expect(reasonText([...twoReasons], french)).toBe(
      "RLS désactivée : toutes les lignes (certaines colonnes seulement) ; n’importe qui lit les objets de public-media par leur URL",
    );
  });
});

describe("the access matrix page's access control", () => {
  it("lets only admins open it", () => {
    expect(canDo("admin", "access_matrix", "list")).toBe(true);
    expect(canDo("team", "access_matrix", "list")).toBe(false);
    expect(canDo("client", "access_matrix", "list")).toBe(false);
    expect(canDo("team", "projects", "list")).toBe(true);
  });
});

// The admin's addresses as plain data, the one place they are written: the admin's route table
// (admin/src/resources) takes each resource's path from here, and emails that link into the
// admin build their links with `adminUrl`. Imports nothing, so Deno and Node both load it.
import { fillPath } from "./portal.ts";

/** Each resource's list, by the table (Refine resource) behind it; its pages hang below. */
export const adminResourcePaths = {
  overview: "/overview",
  signup_requests: "/signup-requests",
  projects: "/projects",
  companies: "/companies",
  products: "/products",
  pages: "/pages",
  profiles: "/people",
  email_templates: "/email-templates",
  /** The views behind the audit log and the email outbox (drizzle/0017_audit_outbox_views). */
  outbox_emails: "/email-outbox",
  audit_entries: "/audit-log",
  security: "/security",
  access_matrix: "/access-matrix",
} as const;

export type AdminResource = keyof typeof adminResourcePaths;

/** The pages below a resource's list, as Refine's actions name them. */
export const adminPageRoutes = { create: "create", edit: "edit/:id", show: ":id" } as const;

export type AdminAction = "list" | keyof typeof adminPageRoutes;

/** Pages of a resource beyond Refine's actions, below its list: a CMS page's preview, the projects board. */
export const adminExtraRoutes = { pagePreview: "preview/:id", projectBoard: "board" } as const;

/** The projects board (a Kanban by status) beside the projects list. */
export const projectBoardPath = `${adminResourcePaths.projects}/${adminExtraRoutes.projectBoard}`;

/**
 * Where staff preview a CMS page (drafts included) as the portal will draw it.
 * @example pagePreviewPath("3f2c") // "/pages/preview/3f2c"
 */
export function pagePreviewPath(id: string): string {
  return fillPath(`${adminResourcePaths.pages}/${adminExtraRoutes.pagePreview}`, { id });
}

/** The admin's pages that are not a resource. */
export const adminPaths = {
  login: "/login",
  /** The second sign-in step: the code from an authenticator app. */
  mfaCode: "/login/code",
  /** Before the first staff page: adding an authenticator app, for staff who have none. */
  mfaEnroll: "/login/enroll",
  home: adminResourcePaths.signup_requests,
} as const;

/**
 * The path of one page of a resource.
 * @example adminPath("companies", "edit") // "/companies/edit/:id"
 */
export function adminPath(resource: AdminResource, action: AdminAction): string {
  const list = adminResourcePaths[resource];
  return action === "list" ? list : `${list}/${adminPageRoutes[action]}`;
}

/**
 * The absolute address of one record's page, for emails.
 * @example adminUrl("https://admin.example", "signup_requests", "show", "42")
 *   // "https://admin.example/signup-requests/42"
 */
export function adminUrl(
  origin: string,
  resource: AdminResource,
  action: AdminAction,
  id?: string,
): string {
  const path = fillPath(adminPath(resource, action), id === undefined ? {} : { id });
  return `${origin.replace(/\/+$/, "")}${path}`;
}

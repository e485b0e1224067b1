// The links an outbox email may carry, built from the apps' route tables (db/routes) rather than
// written into templates: `review_url` for a row about a sign-up request, `confirm_page_url` and
// `beta_url` into the portal, beside the bare `portal_url` / `admin_url` the templates had.
import { adminUrl } from "../../../db/routes/admin.ts";
import { portalUrl } from "../../../db/routes/portal.ts";

export interface AppOrigins {
  portalUrl: string;
  adminUrl: string;
}

/**
 * Template variables for the links of one outbox row.
 * @example emailLinks({ request_id: "42" }, origins).review_url // "https://admin.example/signup-requests/42"
 */
export function emailLinks(
  data: Readonly<Record<string, unknown>>,
  origins: AppOrigins,
): Record<string, string> {
  const links: Record<string, string> = {
    portal_url: origins.portalUrl,
    admin_url: origins.adminUrl,
    confirm_page_url: portalUrl(origins.portalUrl, "confirm", {}, { type: "signup" }),
    beta_url: portalUrl(origins.portalUrl, "beta", {}),
  };
  if (typeof data.request_id === "string") {
    links.review_url = adminUrl(origins.adminUrl, "signup_requests", "show", data.request_id);
  }
  return links;
}

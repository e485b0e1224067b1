// Where a notification takes its reader: the page of the record it is about.
import { portalPath } from "@db/routes/portal";
import type { ClientNotification } from "@db/schema/client-notifications";

/**
 * The portal path a notification opens.
 * @example notificationPath({ kind: "project_update", subject_id: "3f2c" }) // "/projects/3f2c"
 */
export function notificationPath(item: Pick<ClientNotification, "kind" | "subject_id">): string {
  switch (item.kind) {
    case "request_decided":
      return portalPath("status");
    case "project_update":
      return portalPath("project", { id: item.subject_id });
    case "beta_build":
    case "beta_grant":
      return portalPath("beta");
  }
}

// A save that publishes a page asks first: a published page is public, readable by anyone
// without signing in. Other saves go straight through.
import type { PageStatus } from "@db/schema/pages";
import { isPublishing } from "@db/status/pages";
import type { SaveQuestion } from "../../components/form/form-page";

interface Publishable {
  title?: string | undefined;
  status?: PageStatus | undefined;
}

/** @example publishQuestion({ title: "Launch", status: "published" }, undefined)?.title // "Publish “Launch”?" */
export function publishQuestion(
  values: Publishable,
  saved: Pick<Publishable, "status"> | undefined,
): SaveQuestion | null {
  if (!isPublishing(saved?.status, values.status)) {
    return null;
  }
  return {
    title: `Publish ${values.title ? `“${values.title}”` : "this page"}?`,
    content: "It becomes public on the site, readable by anyone without signing in.",
    okText: "Publish",
  };
}

// The portal's "page not found": an unknown or unpublished CMS page, with a way back.
import { portalPaths } from "@db/routes/portal";
import { lightStyles } from "@supabase-client/ui/light-form";
import { Link } from "react-router";
import { useDocumentMeta } from "./use-document-meta";

export function NotFound() {
  useDocumentMeta({ title: "Page not found · Atrium" });
  return (
    <section style={lightStyles.card} aria-labelledby="not-found-title">
      <h1 id="not-found-title" style={lightStyles.title}>
        Page not found
      </h1>
      <p style={lightStyles.muted}>
        There is no page at this address. It may have moved, or it is not published yet.
      </p>
      <Link to={portalPaths.status}>Go to the portal</Link>
    </section>
  );
}

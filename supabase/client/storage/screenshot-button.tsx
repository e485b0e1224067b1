// "View screenshot" for a feedback's attached image, in the admin and the portal alike: the
// signed URL is asked for on the click, so the page never holds a link that outlives access.
import type { SupabaseClient } from "@supabase/supabase-js";
import { Button, Typography } from "antd";
import { useT } from "../i18n/locale-context";
import { useAttempt } from "../ui/use-attempt";
import { openSignedObject } from "./signed-download";

export interface ScreenshotButtonProps {
  supabase: SupabaseClient;
  /** The object key in `beta-feedback`; nothing shows without one. */
  path: string | null;
}

export function ScreenshotButton({ supabase, path }: ScreenshotButtonProps) {
  const opening = useAttempt();
  const t = useT();
  if (!path) {
    return null;
  }
  const open = () =>
    opening.run(
      () => openSignedObject(supabase, "beta-feedback", path),
      (failure) => (failure instanceof Error ? failure.message : t("storage.screenshotFailed")),
    );
  return (
    <span>
      <Button size="small" onClick={open} loading={opening.isBusy}>
        {t("storage.viewScreenshot")}
      </Button>
      {opening.error ? (
        <Typography.Text type="danger" role="alert" style={{ marginLeft: 8 }}>
          {opening.error}
        </Typography.Text>
      ) : null}
    </span>
  );
}

// "View screenshot" for a feedback's attached image, in the admin and the portal alike: the
// signed URL is asked for on the click, so the page never holds a link that outlives access.
import type { SupabaseClient } from "@supabase/supabase-js";
import { Button, Typography } from "antd";
import { useState } from "react";
import { useT } from "../i18n/locale-context";
import { openSignedObject } from "./signed-download";

export interface ScreenshotButtonProps {
  supabase: SupabaseClient;
  /** The object key in `beta-feedback`; nothing shows without one. */
  path: string | null;
}

export function ScreenshotButton({ supabase, path }: ScreenshotButtonProps) {
  const [isOpening, setIsOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  if (!path) {
    return null;
  }
  const open = async () => {
    setIsOpening(true);
    setError(null);
    try {
      await openSignedObject(supabase, "beta-feedback", path);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t("storage.screenshotFailed"));
    } finally {
      setIsOpening(false);
    }
  };
  return (
    <span>
      <Button size="small" onClick={open} loading={isOpening}>
        {t("storage.viewScreenshot")}
      </Button>
      {error ? (
        <Typography.Text type="danger" role="alert" style={{ marginLeft: 8 }}>
          {error}
        </Typography.Text>
      ) : null}
    </span>
  );
}

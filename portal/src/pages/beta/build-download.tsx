// "Download" for one published build: a signed URL valid for a minute, asked for on the click,
// so the link in the page never outlives the client's grant. Builds without a file show nothing.
import type { BetaBuild } from "@db/schema/beta";
import { clientSink, recordEvent } from "@supabase-client/analytics/record";
import { useT } from "@supabase-client/i18n/locale-context";
import { keyFileName } from "@supabase-client/storage/keys";
import { downloadObject } from "@supabase-client/storage/signed-download";
import { Button, Typography } from "antd";
import { useState } from "react";
import { supabase } from "../../supabase";

export function BuildDownload({ build }: { build: Pick<BetaBuild, "version" | "storage_path"> }) {
  const [isStarting, setIsStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const key = build.storage_path;
  if (!key) {
    return null;
  }

  const start = async () => {
    setIsStarting(true);
    setError(null);
    try {
      await downloadObject(supabase, "beta-builds", key);
      recordEvent(clientSink(supabase), "beta.downloaded", { version: build.version });
    } catch {
      setError(t("portal.beta.downloadFailed"));
    } finally {
      setIsStarting(false);
    }
  };

  return (
    <div style={{ marginTop: 8 }}>
      <Button type="primary" onClick={start} loading={isStarting}>
        {t("portal.beta.download", { version: build.version, file: keyFileName(key) })}
      </Button>
      {error ? (
        <Typography.Paragraph type="danger" role="alert" style={{ marginTop: 4 }}>
          {error}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

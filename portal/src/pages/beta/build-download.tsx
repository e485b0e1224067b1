// "Download" for one published build: a signed URL valid for a minute, asked for on the click,
// so the link in the page never outlives the client's grant. Builds without a file show nothing.
import type { BetaBuild } from "@db/schema/beta";
import { clientSink, recordEvent } from "@supabase-client/analytics/record";
import { useT } from "@supabase-client/i18n/locale-context";
import { keyFileName } from "@supabase-client/storage/keys";
import { downloadObject } from "@supabase-client/storage/signed-download";
import { useAttempt } from "@supabase-client/ui/use-attempt";
import { Button, Typography } from "antd";
import { supabase } from "../../supabase";

export function BuildDownload({ build }: { build: Pick<BetaBuild, "version" | "storage_path"> }) {
  const download = useAttempt();
  const t = useT();
  const key = build.storage_path;
  if (!key) {
    return null;
  }

  const start = () =>
    download.run(
      async () => {
        await downloadObject(supabase, "beta-builds", key);
        recordEvent(clientSink(supabase), "beta.downloaded", { version: build.version });
      },
      () => t("portal.beta.downloadFailed"),
    );

  return (
    <div style={{ marginTop: 8 }}>
      <Button type="primary" onClick={start} loading={download.isBusy}>
        {t("portal.beta.download", { version: build.version, file: keyFileName(key) })}
      </Button>
      {download.error ? (
        <Typography.Paragraph type="danger" role="alert" style={{ marginTop: 4 }}>
          {download.error}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

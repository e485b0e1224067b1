// "Also viewing: Alice": who else on the team has this page open, through a Realtime presence
// channel per page, so two people do not review the same request. Leaving the page leaves it.
import { EyeOutlined } from "@ant-design/icons";
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { Tag } from "antd";
import { useEffect, useState } from "react";
import { useAdminT } from "../../i18n";
import { supabase } from "../../supabase";
import { otherViewers, type Viewer } from "./presence";

/** @param topic one per page, e.g. `signup-request:<id>`. */
export function AlsoViewing({ topic }: { topic: string }) {
  const { data: me } = useGetIdentity<Identity>();
  const [names, setNames] = useState<string[]>([]);
  const t = useAdminT();
  const myId = me?.id;
  const myName = me?.name;

  useEffect(() => {
    if (!myId || !myName) {
      return;
    }
    // The presence key is the user id: my other tabs count as me, not as someone else.
    const channel = supabase.channel(topic, { config: { presence: { key: myId } } });
    channel
      .on("presence", { event: "sync" }, () => {
        setNames(otherViewers(channel.presenceState(), myId));
      })
      .subscribe((status) => {
        if (status === "SUBSCRIBED") {
          const viewer: Viewer = { name: myName };
          void channel.track(viewer);
        }
      });
    return () => {
      setNames([]);
      // Leaving untracks me for the others at once (realtime-js drops the channel locally too).
      void supabase.removeChannel(channel);
    };
  }, [topic, myId, myName]);

  if (names.length === 0) {
    return null;
  }
  return (
    <Tag icon={<EyeOutlined />} color="orange" style={{ marginBottom: 16 }}>
      {t("admin.components.live.alsoViewing", { names: names.join(", ") })}
    </Tag>
  );
}

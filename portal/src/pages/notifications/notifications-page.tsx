// The signed-in person's notifications, newest first: each opens what it is about and counts as
// read once opened; "Mark all read" clears the bell. New ones appear live (Realtime).
import type { ClientNotification } from "@db/schema/client-notifications";
import { useGetIdentity, useInvalidate, useList, useUpdate } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useFormat, useT } from "@supabase-client/i18n/locale-context";
import { App, Button, Card, List, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { supabase } from "../../supabase";
import { RowsOrState } from "../rows-or-state";
import { notificationPath } from "./notification-link";
import { notificationWords } from "./notification-words";

const resource = "client_notifications";

export function NotificationsPage() {
  const { data: identity } = useGetIdentity<Identity>();
  if (!identity) {
    return <Skeleton active />;
  }
  // Keyed by person: Refine subscribes once per mount.
  return <NotificationList key={identity.id} />;
}

function NotificationList() {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { mutate: update } = useUpdate<ClientNotification>();
  const [isMarking, setMarking] = useState(false);
  const t = useT();
  const format = useFormat();
  const { result, query } = useList<ClientNotification>({
    resource,
    // No filter: RLS returns (and Realtime delivers) only the person's own rows. The bell's
    // subscription filters on profile_id, and two subscriptions of one page must differ in
    // topic, or supabase-js hands the second the first's already-joined channel.
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { currentPage: 1, pageSize: 50 },
    liveMode: "auto",
  });

  const unread = result.data.filter((item) => !item.read_at);

  const markRead = (item: ClientNotification) => {
    if (!item.read_at) {
      update({
        resource,
        id: item.id,
        values: { read_at: new Date().toISOString() },
        successNotification: false,
      });
    }
  };

  // One statement for every unread row, beyond the 50 shown too; RLS keeps it to the caller's.
  const markAllRead = async () => {
    setMarking(true);
    const { error } = await supabase
      .from(resource)
      .update({ read_at: new Date().toISOString() })
      .is("read_at", null);
    setMarking(false);
    if (error) {
      void message.error(error.message);
      return;
    }
    await invalidate({ resource, invalidates: ["list"] });
  };

  return (
    <Card
      title={t("portal.notifications.title")}
      extra={
        <Button
          onClick={() => void markAllRead()}
          loading={isMarking}
          disabled={unread.length === 0}
        >
          {t("portal.notifications.markAllRead")}
        </Button>
      }
    >
      <RowsOrState
        query={query}
        rows={result.data}
        says={{
          failed: t("portal.notifications.loadFailed"),
          empty: t("portal.notifications.empty"),
        }}
      >
        <List<ClientNotification>
          dataSource={result.data}
          renderItem={(item) => {
            const words = notificationWords(t, item);
            return (
              <List.Item aria-label={words.title}>
                <List.Item.Meta
                  title={
                    <>
                      <Link to={notificationPath(item)} onClick={() => markRead(item)}>
                        {words.title}
                      </Link>{" "}
                      {item.read_at ? null : (
                        <Tag color="blue">{t("portal.notifications.new")}</Tag>
                      )}
                    </>
                  }
                  description={
                    <>
                      {words.body ? (
                        <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-line" }}>
                          {words.body}
                        </Typography.Paragraph>
                      ) : null}
                      <Typography.Text type="secondary">
                        {format.date(item.created_at)}
                      </Typography.Text>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      </RowsOrState>
    </Card>
  );
}

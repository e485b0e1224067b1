// The header's bell: the signed-in person's unread count, opening their notifications.
import { portalPath } from "@db/routes/portal";
import { useGetIdentity } from "@refinedev/core";
import type { Identity } from "@supabase-client/auth-provider";
import { useT } from "@supabase-client/i18n/locale-context";
import { Badge, Button } from "antd";
import { Link } from "react-router";
import { useUnreadCount } from "./use-unread-count";

export function NotificationBell() {
  const { data: identity } = useGetIdentity<Identity>();
  if (!identity) {
    return null;
  }
  // Keyed by person: Refine subscribes once per mount, and another sign-in needs its own filter.
  return <UnreadBell key={identity.id} profileId={identity.id} />;
}

function UnreadBell({ profileId }: { profileId: string }) {
  const unread = useUnreadCount(profileId);
  const t = useT();
  const label =
    unread === 1
      ? t("portal.notifications.unreadOne")
      : t("portal.notifications.unreadMany", { count: unread });
  return (
    <Link to={portalPath("notifications")} aria-label={t("portal.notifications.bell", { label })}>
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" shape="circle" tabIndex={-1} aria-hidden icon={<BellIcon />} />
      </Badge>
    </Link>
  );
}

/** A bell drawn inline, so the header does not pull in an icon package for one glyph. */
function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

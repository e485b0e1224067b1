// "2 new requests — Show": the list's live changes wait here until the user asks for them. Plain
// elements in antd's info-alert look, so the first list page needs no antd.
import { brand } from "@supabase-client/ui/brand";
import { surface } from "@supabase-client/ui/surface";
import { useAdminT } from "../../i18n";
import { type PendingChanges, pendingText } from "./pending-changes";

export interface NewItemsNoticeProps {
  pending: PendingChanges;
  /** The noun for one row and for several, e.g. "request", "requests". */
  one: string;
  many: string;
  onShow: () => void;
}

export function NewItemsNotice({ pending, one, many, onShow }: NewItemsNoticeProps) {
  const t = useAdminT();
  if (pending.size === 0) {
    return null;
  }
  return (
    <div
      role="alert"
      style={{
        display: "flex",
        alignItems: "center",
        gap: 8,
        marginBottom: 16,
        padding: "8px 12px",
        background: surface.infoBg,
        border: `1px solid ${surface.infoLine}`,
        borderRadius: 8,
      }}
    >
      <span style={{ flex: 1 }}>{pendingText(pending, one, many, t)}</span>
      <button
        type="button"
        onClick={onShow}
        style={{
          height: 24,
          padding: "0 7px",
          fontSize: 14,
          border: "none",
          borderRadius: 4,
          background: brand.primary,
          color: "#fff",
          cursor: "pointer",
        }}
      >
        {t("buttons.show")}
      </button>
    </div>
  );
}

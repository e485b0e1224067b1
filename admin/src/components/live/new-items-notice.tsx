// "2 new requests — Show": the list's live changes wait here until the user asks for them.
import { Alert, Button } from "antd";
import { type PendingChanges, pendingText } from "./pending-changes";

export interface NewItemsNoticeProps {
  pending: PendingChanges;
  /** The noun for one row and for several, e.g. "request", "requests". */
  one: string;
  many: string;
  onShow: () => void;
}

export function NewItemsNotice({ pending, one, many, onShow }: NewItemsNoticeProps) {
  if (pending.size === 0) {
    return null;
  }
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message={pendingText(pending, one, many)}
      action={
        <Button size="small" type="primary" onClick={onShow}>
          Show
        </Button>
      }
    />
  );
}

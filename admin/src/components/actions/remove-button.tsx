// Removing one record after a confirmation, through Refine's data provider (so RLS decides and
// the lists showing it refresh), with the words of what was removed.
import { type BaseKey, useDelete } from "@refinedev/core";
import { useAdminT } from "../../i18n";
import { ConfirmButton } from "./confirm-button";

interface RemoveButtonProps {
  resource: string;
  id: BaseKey;
  question: string;
  description?: string;
  /** The success notification, e.g. "Task removed". */
  removedMessage: string;
  /** The button's word: "Remove" by default ("Delete", "Revoke"). */
  label?: string;
}

/**
 * @example <RemoveButton resource="tasks" id={task.id} question="Remove the task?" removedMessage="Task removed" />
 */
export function RemoveButton({
  resource,
  id,
  question,
  description,
  removedMessage,
  label,
}: RemoveButtonProps) {
  const t = useAdminT();
  const { mutate: remove, mutation } = useDelete();
  return (
    <ConfirmButton
      question={question}
      {...(description ? { description } : {})}
      isBusy={mutation.isPending}
      onConfirm={() =>
        remove({
          resource,
          id,
          successNotification: { type: "success", message: removedMessage },
        })
      }
    >
      {label ?? t("admin.components.actions.remove")}
    </ConfirmButton>
  );
}

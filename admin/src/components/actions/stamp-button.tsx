// Setting one of a record's moments to now after a confirmation (a build's published_at, a
// grant's revoked_at), through Refine's data provider so RLS decides and the lists refresh.
import { type BaseKey, useUpdate } from "@refinedev/core";
import { ConfirmButton, type ConfirmButtonProps } from "./confirm-button";

interface StampButtonProps
  extends Pick<ConfirmButtonProps, "question" | "description" | "isDanger"> {
  /** The record, and the column that gets the time. */
  stamps: { resource: string; id: BaseKey; column: string };
  /** The success notification, e.g. "Version 1.2 is published". */
  doneMessage: string;
  /** The button's words, e.g. "Publish". */
  children: string;
}

/**
 * @example <StampButton stamps={{ resource: "beta_access", id, column: "revoked_at" }} question="Revoke?" doneMessage="Revoked">Revoke</StampButton>
 */
export function StampButton({ stamps, doneMessage, children, ...confirm }: StampButtonProps) {
  const { mutate, mutation } = useUpdate();
  return (
    <ConfirmButton
      {...confirm}
      isBusy={mutation.isPending}
      onConfirm={() =>
        mutate({
          resource: stamps.resource,
          id: stamps.id,
          values: { [stamps.column]: new Date().toISOString() },
          successNotification: { type: "success", message: doneMessage },
        })
      }
    >
      {children}
    </ConfirmButton>
  );
}

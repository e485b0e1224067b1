// A button that asks before it acts (removing, revoking, publishing): antd's Popconfirm around a
// small button, with the question's yes in the action's own word.
import { Button, Popconfirm } from "antd";
import type { ReactNode } from "react";

export interface ConfirmButtonProps {
  /** The question, e.g. `Remove Wile from Acme?`. */
  question: string;
  /** What happens, under the question. */
  description?: string;
  /** The yes, e.g. "Remove"; the button's words by default. */
  okText?: string;
  onConfirm: () => unknown;
  /** Red, for what cannot be undone; true by default. */
  isDanger?: boolean;
  isBusy?: boolean;
  type?: "primary" | "default";
  size?: "small" | "middle";
  /** The button's words. */
  children: string;
}

/** @example <ConfirmButton question="Remove brief.pdf?" onConfirm={remove}>Remove</ConfirmButton> */
export function ConfirmButton({
  question,
  description,
  okText,
  onConfirm,
  isDanger = true,
  isBusy = false,
  type = "default",
  size = "small",
  children,
}: ConfirmButtonProps): ReactNode {
  return (
    <Popconfirm
      title={question}
      description={description}
      okText={okText ?? children}
      okButtonProps={{ danger: isDanger, loading: isBusy }}
      onConfirm={onConfirm}
    >
      <Button size={size} type={type} danger={isDanger} loading={isBusy}>
        {children}
      </Button>
    </Popconfirm>
  );
}

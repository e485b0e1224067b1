// Actions on the rows ticked in a list: a bar above the table with the count and one button per
// action. Each asks first, naming how many rows, optionally with a choice (a status, a person) or
// a note; then does the whole batch in ONE database call (an RPC that changes every row or none)
// and reports how many rows changed, or the database's reason for refusing.

import { useInvalidate, useResourceParams } from "@refinedev/core";
import { refusalSentence } from "@supabase-client/forms/refusal";
import { Button, type CheckboxProps, Flex, Input, Modal, Select, Typography } from "antd";
import { cloneElement, isValidElement, type Key, type ReactNode, useState } from "react";
import { type AdminKey, useAdminT } from "../../i18n";
import { useNotice } from "../actions/use-notice";

export interface BulkInput {
  choice?: string | undefined;
  note?: string | undefined;
}

/** What an RPC call answers through supabase-js: the count of rows changed, or the refusal. */
export interface BulkResult {
  data: number | null;
  error: { message: string } | null;
}

export interface BulkAction {
  /** The button's words, e.g. "Change status". */
  label: string;
  /** The question, given the count, e.g. `(n) => \`Delete ${n} projects?\``. */
  question: (count: number) => string;
  description?: string;
  isDanger?: boolean;
  /** Something to pick before going on, e.g. the new status. */
  choice?: { label: string; options: readonly { value: string; label: string }[] };
  /** A free-text note, e.g. a rejection reason. */
  note?: { label: string; maxLength: number };
  /** The one database call for the whole batch. */
  run: (ids: string[], input: BulkInput) => PromiseLike<BulkResult>;
  /** The success message, given how many rows changed. */
  done: (count: number) => string;
}

/** What a row's checkbox is called for a screen reader: its name, title, person or email. */
function rowName(row: object, t: (key: AdminKey) => string): string {
  const fields = row as Record<string, unknown>;
  const name = ["name", "title", "full_name", "email"].map((key) => fields[key]).find(Boolean);
  return typeof name === "string" ? name : t("admin.components.list.thisRow");
}

/** The ticked rows of a table, for antd's `rowSelection`. */
export function useRowSelection() {
  const [selected, setSelected] = useState<Key[]>([]);
  const t = useAdminT();
  return {
    selected: selected.map(String),
    rowSelection: {
      selectedRowKeys: selected,
      onChange: (keys: Key[]) => setSelected(keys),
      // antd names its select-all box "Select all" in every language: name it in the reader's.
      columnTitle: (checkbox: ReactNode) =>
        isValidElement<{ "aria-label"?: string }>(checkbox)
          ? cloneElement(checkbox, { "aria-label": t("admin.components.list.selectAll") })
          : checkbox,
      // antd hands unknown props on to the <input>; its CheckboxProps type only lacks the aria ones.
      getCheckboxProps: (row: object) =>
        ({
          "aria-label": t("admin.components.list.selectRow", { name: rowName(row, t) }),
        }) as Partial<CheckboxProps>,
    },
    clear: () => setSelected([]),
  };
}

interface BulkActionBarProps {
  actions: readonly BulkAction[];
  selected: string[];
  onDone: () => void;
  /** The rows' resource, to refetch; the page's own by default. */
  resource?: string;
}

export function BulkActionBar({ actions, selected, onDone, resource: rows }: BulkActionBarProps) {
  const [asking, setAsking] = useState<BulkAction | null>(null);
  const [input, setInput] = useState<BulkInput>({});
  const [isBusy, setBusy] = useState(false);
  const { resource } = useResourceParams();
  const invalidate = useInvalidate();
  const notice = useNotice();
  const t = useAdminT();
  if (selected.length === 0) {
    return null;
  }
  const confirm = async (action: BulkAction) => {
    setBusy(true);
    const { data, error } = await action.run(selected, input);
    setBusy(false);
    setAsking(null);
    if (error) {
      notice.failed(t("admin.components.bulk.nothingChanged"), refusalSentence(error));
      return;
    }
    notice.done(action.done(data ?? 0));
    onDone();
    const name = rows ?? resource?.name;
    if (name) {
      await invalidate({ resource: name, invalidates: ["list", "many"] });
    }
  };
  return (
    <Flex
      role="toolbar"
      aria-label={t("admin.components.bulk.toolbar")}
      gap={8}
      align="center"
      wrap
      style={{ marginBottom: 16 }}
    >
      <Typography.Text strong>
        {t("admin.components.bulk.selected", { count: selected.length })}
      </Typography.Text>
      {actions.map((action) => (
        <Button
          key={action.label}
          danger={action.isDanger}
          onClick={() => {
            setInput({});
            setAsking(action);
          }}
        >
          {action.label}
        </Button>
      ))}
      <Modal
        open={asking !== null}
        title={asking?.question(selected.length)}
        okText={asking ? `${asking.label} (${selected.length})` : t("admin.components.bulk.ok")}
        okButtonProps={{
          danger: asking?.isDanger,
          loading: isBusy,
          disabled: Boolean(asking?.choice && !input.choice),
        }}
        onOk={() => (asking ? confirm(asking) : undefined)}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        {asking?.description ? <p>{asking.description}</p> : null}
        {asking?.choice ? (
          <Select<string>
            aria-label={asking.choice.label}
            placeholder={asking.choice.label}
            options={[...asking.choice.options]}
            value={input.choice}
            onChange={(choice) => setInput({ ...input, choice })}
            style={{ width: "100%" }}
          />
        ) : null}
        {asking?.note ? (
          <Input.TextArea
            aria-label={asking.note.label}
            placeholder={asking.note.label}
            maxLength={asking.note.maxLength}
            rows={3}
            value={input.note}
            onChange={(event) => setInput({ ...input, note: event.target.value })}
          />
        ) : null}
      </Modal>
    </Flex>
  );
}

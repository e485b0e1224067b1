// Wraps a page form's save so that one which publishes the page asks first; other saves go
// straight through.
import type { PageStatus } from "@db/schema/pages";
import { isPublishing } from "@db/status/pages";
import { Modal } from "antd";
import { useState } from "react";

interface Publishable {
  title?: string;
  status?: PageStatus;
}

export function useConfirmPublish<T extends Publishable>(
  save: (values: T) => Promise<unknown> | undefined,
  savedStatus: PageStatus | undefined,
) {
  const [pending, setPending] = useState<T | null>(null);

  const onFinish = (values: T) => {
    if (isPublishing(savedStatus, values.status)) {
      setPending(values);
      return;
    }
    return save(values);
  };

  const modal = (
    <Modal
      title={`Publish ${pending?.title ? `“${pending.title}”` : "this page"}?`}
      open={pending !== null}
      okText="Publish"
      onOk={async () => {
        if (pending) {
          await save(pending);
        }
        setPending(null);
      }}
      onCancel={() => setPending(null)}
      destroyOnHidden
    >
      <p>It becomes public on the site, readable by anyone without signing in.</p>
    </Modal>
  );

  return { onFinish, modal };
}

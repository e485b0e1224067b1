// Listens to a resource's inserts and updates through Refine's live provider without touching the
// list, and keeps what the user has not seen yet, so rows never move under their cursor.
import { useSubscription } from "@refinedev/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { addLiveChange, type LiveChange, type PendingChanges } from "./pending-changes";

export interface PendingChangesOptions {
  resource: string;
  /** Whether the row is on the page the user is looking at. */
  isShown: (id: string) => boolean;
  /** Whether the row, as it is now, belongs in the list's current tab and search. */
  belongs: (record: LiveChange["record"]) => boolean;
  /** The list's tab and search as one string: changing it forgets what was pending. */
  scope: string;
}

export function usePendingChanges({ resource, isShown, belongs, scope }: PendingChangesOptions) {
  const [pending, setPending] = useState<PendingChanges>(new Map());
  // The subscription is made once; it reads the page's current rows and filters through refs.
  const rules = useRef({ isShown, belongs });
  rules.current = { isShown, belongs };

  useSubscription({
    channel: `resources/${resource}`,
    types: ["created", "updated"],
    onLiveEvent: (event) => {
      const change: LiveChange = { type: event.type, record: event.payload };
      setPending((current) =>
        addLiveChange(current, change, rules.current.isShown, rules.current.belongs),
      );
    },
  });

  const clear = useCallback(() => setPending(new Map()), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new scope is the reason to clear.
  useEffect(clear, [scope, clear]);
  return { pending, clear };
}

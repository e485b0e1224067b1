// A product's status and a grant's state in the admin's language: db/status's colours with the
// shared dictionary's words (statuses.product, statuses.grant), through useStatusWords.

import { productStatuses } from "@db/schema/values";
import type { GrantState } from "@db/status/beta";
import { grantStateLabels, productStatusLabels } from "@db/status/beta";
import { type StatusLook, statusOptions } from "@db/status/look";
import { useMemo } from "react";
import { useStatusWords } from "../../i18n/status-words";

export function useProductStatus() {
  const words = useStatusWords();
  return useMemo(() => {
    const looks = words.looks("product", productStatusLabels);
    return { looks, options: statusOptions(productStatuses, looks) };
  }, [words]);
}

/** A grant's state as its tag reads. */
export function useGrantStateLook(): (state: GrantState) => StatusLook {
  const { word } = useStatusWords();
  return (state) => ({ ...grantStateLabels[state], label: word("grant", state) });
}

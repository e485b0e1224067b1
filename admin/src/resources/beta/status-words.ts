// A product's status and a grant's state in the admin's language: db/status's colours with the
// shared dictionary's words (statuses.product, statuses.grant).

import { productStatuses } from "@db/schema/values";
import type { GrantState } from "@db/status/beta";
import { grantStateLabels, productStatusLabels } from "@db/status/beta";
import { type StatusLook, statusOptions } from "@db/status/look";
import { useT } from "@supabase-client/i18n/locale-context";
import { useMemo } from "react";

export function useProductStatus() {
  const t = useT();
  return useMemo(() => {
    const looks = Object.fromEntries(
      productStatuses.map((status) => [
        status,
        { ...productStatusLabels[status], label: t(`statuses.product.${status}`) },
      ]),
    ) as Record<(typeof productStatuses)[number], StatusLook>;
    return { looks, options: statusOptions(productStatuses, looks) };
  }, [t]);
}

/** A grant's state as its tag reads. */
export function useGrantStateLook(): (state: GrantState) => StatusLook {
  const t = useT();
  return (state) => ({ ...grantStateLabels[state], label: t(`statuses.grant.${state}`) });
}

// A cell's reason (derive-access.ts keeps it as data) in the reader's language: each part is its
// kind's message, a part that holds for some columns only says so, and the parts are joined.
import { type AdminKey, englishAdminT } from "../../i18n";
import type { ReasonPart } from "./derive-access";

type T = (key: AdminKey, params?: Readonly<Record<string, string>>) => string;

/**
 * @example reasonText(t, [{ key: "noGrant", values: { apiRole: "anon", operation: "select" }, someColumns: false }])
 *   // "anon has no select grant"
 */
export function reasonText(reason: readonly ReasonPart[], t: T = englishAdminT): string {
  const texts = reason.map((part) => {
    const text = t(`admin.accessMatrix.reasons.${part.key}`, part.values);
    return part.someColumns ? t("admin.accessMatrix.someColumns", { reason: text }) : text;
  });
  return texts
    .slice(1)
    .reduce(
      (first, second) => t("admin.accessMatrix.bothReasons", { first, second }),
      texts[0] ?? "",
    );
}

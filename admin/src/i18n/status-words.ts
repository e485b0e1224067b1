// db/status's looks and options in the reader's language: the colour stays db/status's, the word
// comes from the shared `statuses.<group>.<value>` keys, so no screen repeats a status word.
import type { StatusLook } from "@db/status/look";
import { useT } from "@supabase-client/i18n/locale-context";
import type { MessageKey } from "@supabase-client/i18n/messages";
import type { en } from "@supabase-client/i18n/messages/en";
import { useMemo } from "react";

type Group = keyof typeof en.statuses;

/**
 * @example const { looks, options } = useStatusWords();
 * column.status("status", looks("project", projectStatusLabels))
 */
export function useStatusWords() {
  const t = useT();
  return useMemo(() => {
    const word = (group: Group, value: string) => t(`statuses.${group}.${value}` as MessageKey);
    return {
      word,
      looks: <S extends string>(
        group: Group,
        looks: Record<S, StatusLook>,
      ): Record<S, StatusLook> =>
        Object.fromEntries(
          Object.entries<StatusLook>(looks).map(([value, look]) => [
            value,
            { ...look, label: word(group, value) },
          ]),
        ) as Record<S, StatusLook>,
      options: <S extends string>(group: Group, options: readonly { value: S; label: string }[]) =>
        options.map((option) => ({ ...option, label: word(group, option.value) })),
    };
  }, [t]);
}

// A resource's label in the reader's language, by its name in the route table: the menu, the tab
// title, the palette and the list headings all say it alike. The English is the route table's.
import { useCallback } from "react";
import { useAdminT } from "../i18n";
import { shell } from "../i18n/en/shell";

type LabelledResource = keyof typeof shell.resources;

const isLabelled = (name: string): name is LabelledResource => name in shell.resources;

/**
 * @example const labelOf = useResourceLabel(); labelOf("signup_requests") // "Demandes d’inscription"
 */
export function useResourceLabel(): (name: string) => string {
  const t = useAdminT();
  return useCallback(
    (name: string) => (isLabelled(name) ? t(`admin.shell.resources.${name}`) : name),
    [t],
  );
}

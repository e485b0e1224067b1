// What a translation is: exactly the English dictionary's keys, each with some string.
import type { LeafPath, Translated } from "../translate";
import type { en } from "./en";

/** A whole language: `fr: Messages` fails to compile on a missing or an extra key. */
export type Messages = Translated<typeof en>;

/** A key the components may ask for: `"portal.status.hello"`. */
export type MessageKey = LeafPath<typeof en>;

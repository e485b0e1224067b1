// Every language's dictionary, by locale.
import type { Locale } from "../locales";
import { en } from "./en";
import { fr } from "./fr";
import type { Messages } from "./types";

export type { MessageKey, Messages } from "./types";

export const dictionaries: Record<Locale, Messages> & { en: typeof en } = { en, fr };

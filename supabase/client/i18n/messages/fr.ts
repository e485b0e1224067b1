// Le dictionnaire français : exactement les clés de l’anglais (le type Messages y veille).
import { frAuth } from "./fr-auth";
import { frPortal } from "./fr-portal";
import { frShared } from "./fr-shared";
import type { Messages } from "./types";

export const fr: Messages = { ...frShared, auth: frAuth, portal: frPortal };

// The English dictionary, the source of truth every other language must match key for key.
import { enAuth } from "./en-auth";
import { enPortal } from "./en-portal";
import { enShared } from "./en-shared";

export const en = { ...enShared, auth: enAuth, portal: enPortal } as const;

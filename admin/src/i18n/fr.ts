// Le français de l’admin : exactement les clés de l’anglais (le type Translated y veille).
import type { Translated } from "@supabase-client/i18n/translate";
import type { adminEn } from "./en";
import { accessMatrix } from "./fr/access-matrix";
import { auditLog } from "./fr/audit-log";
import { auth } from "./fr/auth";
import { beta } from "./fr/beta";
import { companies } from "./fr/companies";
import { components } from "./fr/components";
import { csv } from "./fr/csv";
import { emailOutbox } from "./fr/email-outbox";
import { emailTemplates } from "./fr/email-templates";
import { fields } from "./fr/fields";
import { overview } from "./fr/overview";
import { pages } from "./fr/pages";
import { people } from "./fr/people";
import { projects } from "./fr/projects";
import { refine } from "./fr/refine";
import { security } from "./fr/security";
import { shell } from "./fr/shell";
import { signupRequests } from "./fr/signup-requests";

export const adminFr: Translated<typeof adminEn> = {
  ...refine,
  fields,
  admin: {
    shell,
    auth,
    components,
    csv,
    accessMatrix,
    auditLog,
    beta,
    companies,
    emailOutbox,
    emailTemplates,
    overview,
    pages,
    people,
    projects,
    security,
    signupRequests,
  },
};

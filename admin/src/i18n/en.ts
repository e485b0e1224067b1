// The admin's own English words, the source of truth its French must match key for key (fr.ts).
// Refine's own keys (buttons, notifications, …) sit at the top level, where Refine's components
// ask for them; every screen's words sit under `admin.<area>`.

import { accessMatrix } from "./en/access-matrix";
import { auditLog } from "./en/audit-log";
import { auth } from "./en/auth";
import { beta } from "./en/beta";
import { companies } from "./en/companies";
import { components } from "./en/components";
import { csv } from "./en/csv";
import { emailOutbox } from "./en/email-outbox";
import { emailTemplates } from "./en/email-templates";
import { fields } from "./en/fields";
import { overview } from "./en/overview";
import { pages } from "./en/pages";
import { people } from "./en/people";
import { projects } from "./en/projects";
import { refine } from "./en/refine";
import { security } from "./en/security";
import { shell } from "./en/shell";
import { signupRequests } from "./en/signup-requests";

export const adminEn = {
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
} as const;

// Every admin resource, in menu order: the only list of them.

import { accessMatrixResource } from "./access-matrix";
import { auditLogResource } from "./audit-log";
import { productsResource } from "./beta";
import { companiesResource } from "./companies";
import { emailOutboxResource } from "./email-outbox";
import { emailTemplatesResource } from "./email-templates";
import { overviewResource } from "./overview";
import { pagesResource } from "./pages";
import { peopleResource } from "./people";
import { projectsResource } from "./projects";
import type { ResourceModule } from "./resource-module";
import { securityResource } from "./security";
import { signupRequestsResource } from "./signup-requests";

export const resources: readonly ResourceModule[] = [
  overviewResource,
  signupRequestsResource,
  projectsResource,
  companiesResource,
  productsResource,
  pagesResource,
  peopleResource,
  emailTemplatesResource,
  emailOutboxResource,
  auditLogResource,
  securityResource,
  accessMatrixResource,
];

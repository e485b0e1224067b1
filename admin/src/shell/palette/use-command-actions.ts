// The palette's fixed entries: a jump to every section of the route table and the everyday
// actions, each only for those Refine's access control lets do it (as the side menu does).

import type { AdminAction, AdminResource } from "@db/routes/admin";
import { useCanWithoutCache } from "@refinedev/core";
import { type Action, useRegisterActions } from "@refinedev/kbar";
import { useEffect, useMemo, useState } from "react";
import { type AdminKey, useAdminT } from "../../i18n";
import { resources } from "../../resources";
import { useResourceLabel } from "../resource-label";
import { useOpenPage } from "./use-open-page";

interface Command {
  id: string;
  /** The entry's words; a section's jump is named after the section. */
  name?: AdminKey;
  keywords: string;
  resource: AdminResource;
  action: Extract<AdminAction, "list" | "create">;
}

/** The everyday actions; sections come from the route table below. */
const everydayCommands: readonly Command[] = [
  {
    id: "new-company",
    name: "admin.shell.palette.commands.newCompany",
    keywords: "create client",
    resource: "companies",
    action: "create",
  },
  {
    id: "new-project",
    name: "admin.shell.palette.commands.newProject",
    keywords: "create",
    resource: "projects",
    action: "create",
  },
  {
    id: "new-page",
    name: "admin.shell.palette.commands.newPage",
    keywords: "create cms content",
    resource: "pages",
    action: "create",
  },
  {
    id: "new-product",
    name: "admin.shell.palette.commands.newProduct",
    keywords: "create beta",
    resource: "products",
    action: "create",
  },
  {
    id: "review-requests",
    name: "admin.shell.palette.commands.reviewRequests",
    keywords: "approve reject queue signup",
    resource: "signup_requests",
    action: "list",
  },
  {
    id: "email-outbox",
    name: "admin.shell.palette.commands.emailOutbox",
    keywords: "emails notifications retry",
    resource: "outbox_emails",
    action: "list",
  },
];

const sectionCommands: readonly Command[] = resources.map((resource) => ({
  id: `go:${resource.name}`,
  keywords: `${resource.label} open list`,
  resource: resource.name,
  action: "list",
}));

/** Below the records found by name (use-record-search.ts); kbar sorts sections by priority. */
const sections = {
  actions: { name: "admin.shell.palette.actions", priority: 20 },
  goTo: { name: "admin.shell.palette.goTo", priority: 10 },
} as const;

export function useCommandActions(): void {
  const { can } = useCanWithoutCache();
  const openPage = useOpenPage();
  const t = useAdminT();
  const labelOf = useResourceLabel();
  const [allowed, setAllowed] = useState<readonly Command[]>([]);

  useEffect(() => {
    let isCurrent = true;
    const all = [...everydayCommands, ...sectionCommands];
    void Promise.all(
      all.map(async (command) => {
        const answer = can
          ? await can({ resource: command.resource, action: command.action })
          : undefined;
        return answer?.can === false ? [] : [command];
      }),
    ).then((lists) => {
      if (isCurrent) {
        setAllowed(lists.flat());
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [can]);

  const actions = useMemo(
    () =>
      allowed.map((command): Action => {
        const section = command.name ? sections.actions : sections.goTo;
        const name = command.name
          ? t(command.name)
          : t("admin.shell.palette.goToSection", { section: labelOf(command.resource) });
        return {
          id: command.id,
          name,
          // The English words keep working in French too.
          keywords: `${command.keywords} ${labelOf(command.resource)}`,
          section: { name: t(section.name), priority: section.priority },
          perform: () => openPage(command.resource, command.action),
        };
      }),
    [allowed, openPage, t, labelOf],
  );
  useRegisterActions(actions, [actions]);
}

// The palette's fixed entries: a jump to every section of the route table and the everyday
// actions, each only for those Refine's access control lets do it (as the side menu does).

import type { AdminAction, AdminResource } from "@db/routes/admin";
import { useCanWithoutCache } from "@refinedev/core";
import { type Action, useRegisterActions } from "@refinedev/kbar";
import { useEffect, useMemo, useState } from "react";
import { resources } from "../../resources";
import { useOpenPage } from "./use-open-page";

interface Command {
  id: string;
  name: string;
  keywords: string;
  resource: AdminResource;
  action: Extract<AdminAction, "list" | "create">;
}

/** The everyday actions; sections come from the route table below. */
const everydayCommands: readonly Command[] = [
  {
    id: "new-company",
    name: "New company",
    keywords: "create client",
    resource: "companies",
    action: "create",
  },
  {
    id: "new-project",
    name: "New project",
    keywords: "create",
    resource: "projects",
    action: "create",
  },
  {
    id: "new-page",
    name: "New page",
    keywords: "create cms content",
    resource: "pages",
    action: "create",
  },
  {
    id: "new-product",
    name: "New beta product",
    keywords: "create beta",
    resource: "products",
    action: "create",
  },
  {
    id: "review-requests",
    name: "Review sign-up requests",
    keywords: "approve reject queue signup",
    resource: "signup_requests",
    action: "list",
  },
  {
    id: "email-outbox",
    name: "Open the email outbox",
    keywords: "emails notifications retry",
    resource: "outbox_emails",
    action: "list",
  },
];

const sectionCommands: readonly Command[] = resources.map((resource) => ({
  id: `go:${resource.name}`,
  name: `Go to ${resource.label}`,
  keywords: `${resource.label} open list`,
  resource: resource.name,
  action: "list",
}));

/** Below the records found by name (use-record-search.ts); kbar sorts sections by priority. */
const sections = {
  actions: { name: "Actions", priority: 20 },
  goTo: { name: "Go to", priority: 10 },
};

export function useCommandActions(): void {
  const { can } = useCanWithoutCache();
  const openPage = useOpenPage();
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
      allowed.map(
        (command): Action => ({
          id: command.id,
          name: command.name,
          keywords: command.keywords,
          section: command.id.startsWith("go:") ? sections.goTo : sections.actions,
          perform: () => openPage(command.resource, command.action),
        }),
      ),
    [allowed, openPage],
  );
  useRegisterActions(actions, [actions]);
}

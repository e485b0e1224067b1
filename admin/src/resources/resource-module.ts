// What each admin resource exports from its index: one row of the admin's route table (path from
// db/routes/admin, label, menu icon, pages as lazy imports), from which Refine's `resources`, the
// route tree, the side menu and the tab titles are derived, so no path is written twice.
import { type AdminResource, adminPageRoutes, adminPath } from "@db/routes/admin";
import type { ResourceProps } from "@refinedev/core";
import type { ComponentType, ReactNode } from "react";

export { lazyPage } from "@supabase-client/ui/lazy-page";

export type PageAction = keyof typeof adminPageRoutes;

export interface ResourceModule {
  /** The table behind it, as Refine and the data provider name it; its path follows from it. */
  name: AdminResource;
  label: string;
  icon: ReactNode;
  list: ComponentType;
  show?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  /**
   * Pages drawn without antd (plain elements and Refine's core hooks), shown outside the antd
   * frame: the first screen after sign-in, kept within its JavaScript budget.
   */
  lightPages?: readonly ("list" | PageAction)[];
  /** Pages beyond Refine's actions, in the antd frame; `path` is below the list's path. */
  extraPages?: readonly { path: string; component: ComponentType }[];
}

/** The sub-route of each page below the list's path. */
export const pageRoutes = adminPageRoutes;

/** Where a resource's list lives, e.g. `/companies`. */
export const listPath = (resource: ResourceModule) => adminPath(resource.name, "list");

/** @example toRefineResource(companies) // { name: "companies", list: "/companies", edit: "/companies/edit/:id", … } */
export function toRefineResource(resource: ResourceModule): ResourceProps {
  const at = (page: PageAction) => (resource[page] ? adminPath(resource.name, page) : undefined);
  return {
    name: resource.name,
    list: listPath(resource),
    create: at("create"),
    edit: at("edit"),
    show: at("show"),
    meta: { label: resource.label, icon: resource.icon },
  };
}

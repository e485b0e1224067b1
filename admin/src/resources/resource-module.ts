// What each admin resource exports from its index: one row of the admin's route table (path from
// db/routes/admin, label, menu icon, pages as lazy imports), from which Refine's `resources`, the
// route tree, the side menu and the tab titles are derived, so no path is written twice.
import { type AdminResource, adminPageRoutes, adminPath } from "@db/routes/admin";
import type { ResourceProps } from "@refinedev/core";
import { type ComponentType, lazy, type ReactNode } from "react";

export { lazyPage } from "@supabase-client/ui/lazy-page";

export type PageAction = keyof typeof adminPageRoutes;

export interface ResourceModule {
  /** The table behind it, as Refine and the data provider name it; its path follows from it. */
  name: AdminResource;
  label: string;
  icon: ReactNode;
  list: ComponentType;
  show?: ComponentType | undefined;
  create?: ComponentType | undefined;
  edit?: ComponentType | undefined;
  /**
   * Pages drawn without antd (plain elements and Refine's core hooks), shown outside the antd
   * frame: the first screen after sign-in, kept within its JavaScript budget.
   */
  lightPages?: readonly ("list" | PageAction)[];
  /** Pages beyond Refine's actions, in the antd frame; `path` is below the list's path. */
  extraPages?: readonly { path: string; component: ComponentType }[];
}

/** What a resource says about itself; its pages come from its folder. */
export type ResourceInfo = Pick<
  ResourceModule,
  "name" | "label" | "icon" | "lightPages" | "extraPages"
>;

/** A page file's module: the page is its default export, as React's `lazy` expects. */
function pageOf(module: unknown, file: string): { default: ComponentType } {
  const page = (module as { default?: unknown }).default;
  if (typeof page !== "function") {
    throw new Error(`${file} has no default export to show as a page`);
  }
  return { default: page as ComponentType };
}

/**
 * A resource whose pages are its folder's `list.tsx`, `show.tsx`, `create.tsx` and `edit.tsx`
 * (Refine's action names), each loaded when first shown. Vite needs the glob written in the
 * resource's own folder, so the caller passes it.
 * @example
 * export const pagesResource = defineResource(
 *   { name: "pages", label: "Pages", icon: <FileTextOutlined /> },
 *   import.meta.glob("./{list,show,create,edit}.tsx"),
 * );
 */
export function defineResource(
  info: ResourceInfo,
  pages: Record<string, () => Promise<unknown>>,
): ResourceModule {
  const page = (action: "list" | PageAction) => {
    const file = `./${action}.tsx`;
    const load = pages[file];
    return load ? lazy(() => load().then((module) => pageOf(module, file))) : undefined;
  };
  const list = page("list");
  if (!list) {
    throw new Error(`The ${info.name} resource has no list.tsx`);
  }
  return { ...info, list, show: page("show"), create: page("create"), edit: page("edit") };
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

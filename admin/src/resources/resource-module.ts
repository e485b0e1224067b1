// What each admin resource exports from its index: enough to build both Refine's `resources` and
// the route tree, so no path is written twice.
import type { ResourceProps } from "@refinedev/core";
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from "react";

export interface ResourceModule {
  /** The table behind it, as Refine and the data provider name it. */
  name: string;
  /** Where its list lives, e.g. `/companies`; the other pages hang below it. */
  path: string;
  label: string;
  icon: ReactNode;
  list: ComponentType;
  show?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
}

/**
 * A page loaded when first opened, so the first screen does not wait for every page's code.
 * @example lazyPage(() => import("./list"), (page) => page.CompanyList)
 */
export function lazyPage<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

/** The sub-route of each page below the list's path. */
export const pageRoutes = { create: "create", edit: "edit/:id", show: ":id" } as const;

/** @example toRefineResource(companies) // { name: "companies", list: "/companies", edit: "/companies/edit/:id", … } */
export function toRefineResource(resource: ResourceModule): ResourceProps {
  const at = (page: keyof typeof pageRoutes) =>
    resource[page] ? `${resource.path}/${pageRoutes[page]}` : undefined;
  return {
    name: resource.name,
    list: resource.path,
    create: at("create"),
    edit: at("edit"),
    show: at("show"),
    meta: { label: resource.label, icon: resource.icon },
  };
}

// A page whose code loads when it is first shown, so an app's first screen does not wait for
// every page; both apps' route tables build their components with it.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * The component a module exports under `name`, loaded on first render.
 * @example lazyPage(() => import("./list"), "CompanyList")
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

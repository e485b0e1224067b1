// A page whose code loads when it is first shown, so an app's first screen does not wait for
// every page; both apps' route tables build their components with it.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * @example lazyPage(() => import("./list"), (page) => page.CompanyList)
 */
export function lazyPage<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

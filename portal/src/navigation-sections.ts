// The portal's signed-in sections, in menu order (the route table's entries with a menu entry),
// and which one a path belongs to.
import { pathOf, portalRoutes } from "./routes";

export const sections = portalRoutes.flatMap((route) =>
  route.menu ? [{ path: pathOf(route), entry: route.menu }] : [],
);

/**
 * The section path a location belongs to, or "" when none (sign-in, confirm page).
 * @example sectionOf("/projects/3f2c…") // "/projects"
 */
export function sectionOf(pathname: string): string {
  if (pathname === "/") {
    return "/";
  }
  const found = sections.find(
    ({ path }) => path !== "/" && (pathname === path || pathname.startsWith(`${path}/`)),
  );
  return found?.path ?? "";
}

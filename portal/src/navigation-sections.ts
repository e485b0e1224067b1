// The portal's signed-in sections, in menu order, and which one a path belongs to.

export const sections = [
  { path: "/", label: "Status" },
  { path: "/projects", label: "Projects" },
  { path: "/beta", label: "Beta" },
] as const;

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

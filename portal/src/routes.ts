// The portal's one route table: each page's path (from db/routes/portal, shared with the emails),
// who may open it, its frame and menu entry (one line a page), and its code as a lazy import. The
// router, the menu and the document titles are all derived from it.
import { type PortalPage, portalPaths } from "@db/routes/portal";
import type { enPortal } from "@supabase-client/i18n/messages/en-portal";
import { lazyPage } from "@supabase-client/ui/lazy-page";
import type { ComponentType, LazyExoticComponent } from "react";
import { matchPath } from "react-router";

/** The menu's entries, named as the dictionary's `portal.menu` group names their labels. */
export type MenuEntry = keyof typeof enPortal.menu;

/** `anyone`: signed in or not; `client`: a signed-in person, others are sent to sign in. */
export type PortalAccess = "anyone" | "client";

/**
 * `light`: a plain frame without antd or Refine, for the page a prospect lands on first;
 * `narrow` (forms) and `wide` (tables) are antd frames inside Refine.
 */
export type PortalFrame = "light" | "narrow" | "wide";

export interface PortalRoute {
  /** Also names its title (`portal.titles.<page>`) and menu entry (`portal.menu.<page>`). */
  page: PortalPage;
  access: PortalAccess;
  frame: PortalFrame;
  /** Its entry in the signed-in menu, when it has one: the key of its label (`portal.menu.*`). */
  menu?: MenuEntry;
  /** The light frame's column width in pixels, when not the form width (520). */
  columnWidth?: number;
  component: LazyExoticComponent<ComponentType>;
}

/** Each page's code, loaded when it is first shown. */
const components: Record<PortalPage, PortalRoute["component"]> = {
  status: lazyPage(() => import("./pages/status/status-page"), "StatusPage"),
  projects: lazyPage(() => import("./pages/projects/list-page"), "ProjectListPage"),
  project: lazyPage(() => import("./pages/projects/show-page"), "ProjectShowPage"),
  beta: lazyPage(() => import("./pages/beta/beta-page"), "BetaPage"),
  profile: lazyPage(() => import("./pages/profile/profile-page"), "ProfilePage"),
  notifications: lazyPage(
    () => import("./pages/notifications/notifications-page"),
    "NotificationsPage",
  ),
  login: lazyPage(() => import("./pages/auth/login-page"), "LoginPage"),
  mfaCode: lazyPage(() => import("./pages/auth/mfa-code-page"), "MfaCodePage"),
  signup: lazyPage(() => import("./pages/auth/signup-page"), "SignupPage"),
  forgotPassword: lazyPage(() => import("./pages/auth/forgot-password-page"), "ForgotPasswordPage"),
  confirm: lazyPage(() => import("./pages/auth/confirm-page"), "ConfirmPage"),
  publicPage: lazyPage(() => import("./pages/cms/public-page"), "PublicPage"),
};

/** In menu order for the entries that have one. */
export const portalRoutes: readonly PortalRoute[] = (
  [
    { page: "status", access: "client", frame: "narrow", menu: "status" },
    { page: "projects", access: "client", frame: "wide", menu: "projects" },
    { page: "project", access: "client", frame: "wide" },
    { page: "beta", access: "client", frame: "wide", menu: "beta" },
    { page: "profile", access: "client", frame: "narrow", menu: "profile" },
    { page: "notifications", access: "client", frame: "narrow" },
    { page: "login", access: "anyone", frame: "narrow" },
    { page: "mfaCode", access: "anyone", frame: "narrow" },
    { page: "signup", access: "anyone", frame: "light" },
    { page: "forgotPassword", access: "anyone", frame: "narrow" },
    { page: "confirm", access: "anyone", frame: "narrow" },
    { page: "publicPage", access: "anyone", frame: "light", columnWidth: 760 },
  ] satisfies Omit<PortalRoute, "component">[]
).map((route) => ({ ...route, component: components[route.page] }));

/** The path a route is served at. */
export const pathOf = (route: PortalRoute) => portalPaths[route.page];

/**
 * The route a location shows, if any.
 * @example routeAt("/projects/3f2c")?.page // "project"
 */
export function routeAt(pathname: string): PortalRoute | undefined {
  return portalRoutes.find((route) => matchPath(pathOf(route), pathname));
}

/** The routes shown in one frame. */
export function routesIn(frame: PortalFrame): PortalRoute[] {
  return portalRoutes.filter((route) => route.frame === frame);
}

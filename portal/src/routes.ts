// The portal's one route table, one row a page: who may open it, its frame, its menu entry and its
// code as a lazy import. Its path stays in db/routes/portal, React-free, because the emails and
// edge functions (Node and Deno) build links from it. The router, the menu and the document
// titles are all derived from this table.
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
  /** Its code, loaded when the page is first shown. */
  component: LazyExoticComponent<ComponentType>;
}

/**
 * One row a page, in menu order for the entries that have one. Keyed by page, so a page named in
 * db/routes/portal without a row here (or a row for no such page) is a type error.
 */
const routeTable = {
  status: {
    access: "client",
    frame: "narrow",
    menu: "status",
    component: lazyPage(() => import("./pages/status/status-page"), "StatusPage"),
  },
  projects: {
    access: "client",
    frame: "wide",
    menu: "projects",
    component: lazyPage(() => import("./pages/projects/list-page"), "ProjectListPage"),
  },
  project: {
    access: "client",
    frame: "wide",
    component: lazyPage(() => import("./pages/projects/show-page"), "ProjectShowPage"),
  },
  beta: {
    access: "client",
    frame: "wide",
    menu: "beta",
    component: lazyPage(() => import("./pages/beta/beta-page"), "BetaPage"),
  },
  profile: {
    access: "client",
    frame: "narrow",
    menu: "profile",
    component: lazyPage(() => import("./pages/profile/profile-page"), "ProfilePage"),
  },
  notifications: {
    access: "client",
    frame: "narrow",
    component: lazyPage(
      () => import("./pages/notifications/notifications-page"),
      "NotificationsPage",
    ),
  },
  login: {
    access: "anyone",
    frame: "narrow",
    component: lazyPage(() => import("./pages/auth/login-page"), "LoginPage"),
  },
  mfaCode: {
    access: "anyone",
    frame: "narrow",
    component: lazyPage(() => import("./pages/auth/mfa-code-page"), "MfaCodePage"),
  },
  signup: {
    access: "anyone",
    frame: "light",
    component: lazyPage(() => import("./pages/auth/signup-page"), "SignupPage"),
  },
  forgotPassword: {
    access: "anyone",
    frame: "narrow",
    component: lazyPage(() => import("./pages/auth/forgot-password-page"), "ForgotPasswordPage"),
  },
  confirm: {
    access: "anyone",
    frame: "narrow",
    component: lazyPage(() => import("./pages/auth/confirm-page"), "ConfirmPage"),
  },
  publicPage: {
    access: "anyone",
    frame: "light",
    columnWidth: 760,
    component: lazyPage(() => import("./pages/cms/public-page"), "PublicPage"),
  },
} satisfies Record<PortalPage, Omit<PortalRoute, "page">>;

export const portalRoutes: readonly PortalRoute[] = (Object.keys(routeTable) as PortalPage[]).map(
  (page) => ({ page, ...routeTable[page] }),
);

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

// The portal's addresses as plain data, the one place they are written: the portal's router and
// menu, the edge functions (under Deno) and the emails all build their links from here, so it
// imports nothing and holds no React.

/** Every portal page by name, as the router matches it (`:name` marks a parameter). */
export const portalPaths = {
  status: "/",
  login: "/login",
  /** The second sign-in step, for a client who set up an authenticator app. */
  mfaCode: "/login/code",
  signup: "/signup",
  forgotPassword: "/forgot-password",
  confirm: "/auth/confirm",
  projects: "/projects",
  project: "/projects/:id",
  beta: "/beta",
  profile: "/profile",
  /** The signed-in person's in-app notifications (the header's bell). */
  notifications: "/notifications",
  /** A published CMS page; its slug may hold `/` (`legal/privacy`), so it is the path's rest. */
  publicPage: "/p/*",
} as const;

export type PortalPage = keyof typeof portalPaths;

/** The parameter names of a path: `"/projects/:id"` → `"id"`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PortalParams<Page extends PortalPage> = Record<
  PathParams<(typeof portalPaths)[Page]>,
  string
>;

/**
 * Fills a path's parameters, each URL-encoded.
 * @example fillPath("/projects/:id", { id: "3f2c" }) // "/projects/3f2c"
 */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`${path} needs the parameter ${name}`);
    }
    return encodeURIComponent(value);
  });
}

/**
 * A portal page's path.
 * @example portalPath("project", { id: "3f2c" }) // "/projects/3f2c"
 */
export function portalPath<Page extends PortalPage>(
  page: Page,
  ...params: keyof PortalParams<Page> extends never ? [] : [PortalParams<Page>]
): string {
  return fillPath(portalPaths[page], params[0] ?? {});
}

/**
 * A portal page's absolute address, for emails: the portal's origin (a trailing slash is fine),
 * the page, its parameters and an optional query.
 * @example portalUrl("https://portal.example/", "confirm", {}, { type: "signup" })
 *   // "https://portal.example/auth/confirm?type=signup"
 */
export function portalUrl<Page extends PortalPage>(
  origin: string,
  page: Page,
  params: PortalParams<Page>,
  query: Readonly<Record<string, string>> = {},
): string {
  const search = new URLSearchParams(query).toString();
  const path = fillPath(portalPaths[page], params);
  return `${origin.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
}

/**
 * The portal path of a CMS page: each segment of the slug URL-encoded, its `/` kept.
 * @example publicPagePath("legal/privacy") // "/p/legal/privacy"
 */
export function publicPagePath(slug: string): string {
  return `/p/${slug.split("/").map(encodeURIComponent).join("/")}`;
}

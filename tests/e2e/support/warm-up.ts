// Vite compiles a page's modules on their first request; on a shared, busy machine the first
// sign-in of a run can outwait the test's patience. Asking for the modules once before the tests
// (what the global setup does for main.tsx) takes that cost out of the first test.
import { product } from "./product";

/** Requests the admin's modules under `paths` (relative to admin/) so Vite compiles them. */
export async function warmAdminModules(paths: readonly string[]): Promise<void> {
  const { admin } = product();
  await Promise.all(
    paths.map((path) => fetch(`${admin}/${path}`).then((response) => response.text())),
  );
}

/** The sign-in steps and the antd frame every staff test goes through. */
export const staffSignInModules = [
  "src/auth/login-page.tsx",
  "src/auth/mfa/code-page.tsx",
  "src/shell/antd-frame.tsx",
] as const;

/** A beta product's page in the admin: its grants, builds and each build's feedback. */
export const betaProductModules = [
  "src/resources/beta/list.tsx",
  "src/resources/beta/show.tsx",
] as const;

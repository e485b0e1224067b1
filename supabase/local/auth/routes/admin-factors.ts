// The service_role view of a user's MFA factors (GT `admin.go` adminUserGetFactors /
// adminUserDeleteFactor): list them, or delete one, which drops its sessions back to aal1.
import { type Context, Hono } from "hono";
import { transaction } from "../../transaction";
import { audit } from "../audit";
import { notFound } from "../errors";
import { deleteFactorAndDowngrade, factorJson, findOwnedFactor, loadFactors } from "../factors";
import { type AuthDeps, clientInfo, requireAdmin } from "../request";
import { findUserById, type UserRow } from "../users";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The /admin/users/:id/factors routes, mounted by service.ts.
 * @example app.route("/", adminFactorRoutes(deps));
 */
export function adminFactorRoutes(deps: AuthDeps): Hono {
  const { config, sql } = deps;
  const app = new Hono();

  /** requireAdminCredentials, then GoTrue's loadUser: a malformed id is a 404 like an unknown one. */
  async function userParam(c: Context): Promise<UserRow> {
    await requireAdmin(c, deps);
    const id = c.req.param("id") ?? "";
    if (!UUID.test(id)) {
      throw notFound("validation_failed", "user_id must be an UUID");
    }
    const user = await findUserById(sql, id);
    if (!user) {
      throw notFound("user_not_found", "User not found");
    }
    return user;
  }

  app.get("/admin/users/:id/factors", async (c) => {
    const user = await userParam(c);
    return c.json((await loadFactors(sql, user.id)).map(factorJson));
  });

  app.delete("/admin/users/:id/factors/:factorId", async (c) => {
    const user = await userParam(c);
    const factorId = c.req.param("factorId");
    if (!UUID.test(factorId)) {
      throw notFound("validation_failed", "factor_id must be an UUID");
    }
    const factor = await findOwnedFactor(sql, user.id, factorId);
    if (!factor) {
      throw notFound("mfa_factor_not_found", "Factor not found");
    }
    await transaction(sql, async (tx) => {
      // GoTrue records the user, not the admin, as this entry's actor.
      await audit(tx, user, "factor_deleted", clientInfo(c, config).ip, {
        user_id: user.id,
        factor_id: factor.id,
      });
      await deleteFactorAndDowngrade(tx, factor);
    });
    return c.json(factorJson(factor));
  });

  return app;
}

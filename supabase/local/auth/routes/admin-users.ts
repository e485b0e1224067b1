// The service_role user admin: /admin/users create, list (X-Total-Count + Link paging), get,
// update and delete (GT `admin.go`); every route refuses other callers with 403 `not_admin`.

import { type Context, Hono } from "hono";
import { z } from "zod";
import { transaction } from "../../transaction";
import { audit, SERVICE_ACTOR } from "../audit";
import { parseDuration } from "../config";
import { badRequest, notFound, unprocessable } from "../errors";
import { loadFactors, loadFactorsOf } from "../factors";
import { checkPasswordStrength, hashPassword } from "../passwords";
import { type AuthDeps, clientInfo, readBody, requireAdmin } from "../request";
import { userJson } from "../user-json";
import {
  confirmEmail,
  type Db,
  findUserByEmail,
  findUserById,
  loadIdentities,
  mergeMetadata,
  setPassword,
  type UserRow,
} from "../users";
import { credentials, metadata } from "./bodies";
import { createUserOrFail, validateEmail } from "./signup";

const userAttributes = credentials.extend({
  email_confirm: z.boolean().optional(),
  user_metadata: metadata.nullish(),
  app_metadata: metadata.nullish(),
  role: z.string().optional(),
  ban_duration: z.string().optional(),
});
const deleteBody = z.object({ should_soft_delete: z.boolean().optional() });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const emailExists = () =>
  unprocessable("email_exists", "A user with this email address has already been registered");

/** ban_duration is a Go duration or "none" (lifts the ban). */
async function applyBan(tx: Db, id: string, banDuration: string): Promise<void> {
  if (banDuration === "none") {
    await tx`update auth.users set banned_until = null, updated_at = now() where id = ${id}`;
    return;
  }
  let seconds: number;
  try {
    seconds = parseDuration(banDuration);
  } catch {
    throw badRequest("validation_failed", "invalid format for ban duration");
  }
  await tx`
    update auth.users set banned_until = now() + make_interval(secs => ${seconds}), updated_at = now()
    where id = ${id}`;
}

/**
 * The /admin/users and /admin/users/:id routes, mounted by service.ts.
 * @example app.route("/", adminUserRoutes(deps));
 */
export function adminUserRoutes(deps: AuthDeps): Hono {
  const { config, sql } = deps;
  const app = new Hono();
  app.use("/admin/*", async (c, next) => {
    await requireAdmin(c, deps);
    await next();
  });

  async function reply(c: Context, id: string) {
    const user = await findUserById(sql, id);
    if (!user) {
      throw notFound("user_not_found", "User not found");
    }
    return c.json(userJson(user, await loadIdentities(sql, id), await loadFactors(sql, id)));
  }

  async function userParam(c: Context): Promise<UserRow> {
    const id = c.req.param("id") ?? "";
    const user = UUID.test(id) ? await findUserById(sql, id) : undefined;
    if (!user) {
      throw notFound("user_not_found", "User not found");
    }
    return user;
  }

  app.post("/admin/users", async (c) => {
    const body = await readBody(c, userAttributes);
    const email = validateEmail(body.email);
    if (await findUserByEmail(sql, email, config.jwtAud)) {
      throw emailExists();
    }
    if (body.password !== undefined) {
      checkPasswordStrength(body.password, config);
    }
    const encryptedPassword = body.password
      ? await hashPassword(body.password, config.bcryptCost)
      : "";
    const id = await transaction(sql, async (tx) => {
      const user = await createUserOrFail(tx, {
        email,
        encryptedPassword,
        aud: config.jwtAud,
        role: body.role ?? config.defaultGroup,
        userMetadata: body.user_metadata ?? {},
        appMetadata: body.app_metadata ?? {},
      });
      if (body.email_confirm) {
        await confirmEmail(tx, user.id);
      }
      if (body.ban_duration) {
        await applyBan(tx, user.id, body.ban_duration);
      }
      return user.id;
    });
    return reply(c, id);
  });

  app.get("/admin/users", async (c) => {
    const page = Math.max(1, Number.parseInt(c.req.query("page") || "1", 10) || 1);
    const perPage = Math.min(
      1000,
      Math.max(1, Number.parseInt(c.req.query("per_page") || "50", 10) || 50),
    );
    const filter = `%${c.req.query("filter") ?? ""}%`;
    const [counted] = await sql<{ total: number }[]>`
      select count(*)::int as total from auth.users
      where aud = ${config.jwtAud} and coalesce(email, '') ilike ${filter}`;
    const users = await sql<UserRow[]>`
      select * from auth.users
      where aud = ${config.jwtAud} and coalesce(email, '') ilike ${filter}
      order by created_at desc, id
      limit ${perPage} offset ${(page - 1) * perPage}`;
    const identities = users.length
      ? await sql<Parameters<typeof userJson>[1]>`
          select * from auth.identities where user_id in ${sql(users.map((user) => user.id))}
          order by created_at, id`
      : [];
    const factors = users.length
      ? await loadFactorsOf(
          sql,
          users.map((user) => user.id),
        )
      : [];
    const total = counted?.total ?? 0;
    // GoTrue's addPaginationHeaders: a `next` link while pages remain, always a `last` link.
    const lastPage = Math.ceil(total / perPage);
    const link = (n: number) => `</admin/users?page=${n}&per_page=${perPage}>`;
    const links = page < lastPage ? [`${link(page + 1)}; rel="next"`] : [];
    links.push(`${link(lastPage)}; rel="last"`);
    c.header("X-Total-Count", String(total));
    c.header("Link", links.join(", "));
    return c.json({
      users: users.map((user) =>
        userJson(
          user,
          identities.filter((identity) => identity.user_id === user.id),
          factors.filter((factor) => factor.user_id === user.id),
        ),
      ),
      aud: config.jwtAud,
    });
  });

  app.get("/admin/users/:id", async (c) => reply(c, (await userParam(c)).id));

  app.put("/admin/users/:id", async (c) => {
    const user = await userParam(c);
    const body = await readBody(c, userAttributes);
    const email = body.email !== undefined ? validateEmail(body.email) : undefined;
    if (email && email !== user.email) {
      const taken = await findUserByEmail(sql, email, config.jwtAud);
      if (taken && taken.id !== user.id) {
        throw emailExists();
      }
    }
    if (body.password !== undefined) {
      checkPasswordStrength(body.password, config);
    }
    const encryptedPassword = body.password
      ? await hashPassword(body.password, config.bcryptCost)
      : undefined;
    await transaction(sql, async (tx) => {
      if (body.role !== undefined) {
        await tx`update auth.users set role = ${body.role}, updated_at = now() where id = ${user.id}`;
      }
      if (email && email !== user.email) {
        await tx`update auth.users set email = ${email}, updated_at = now() where id = ${user.id}`;
        await tx`
          update auth.identities
          set identity_data = identity_data || ${tx.json({ email })}, updated_at = now()
          where user_id = ${user.id} and provider = 'email'`;
      }
      if (encryptedPassword) {
        await setPassword(tx, user.id, encryptedPassword, undefined);
      }
      if (body.email_confirm) {
        await confirmEmail(tx, user.id);
      }
      if (body.app_metadata) {
        await mergeMetadata(tx, user.id, "raw_app_meta_data", body.app_metadata);
      }
      if (body.user_metadata) {
        await mergeMetadata(tx, user.id, "raw_user_meta_data", body.user_metadata);
      }
      if (body.ban_duration) {
        await applyBan(tx, user.id, body.ban_duration);
      }
    });
    return reply(c, user.id);
  });

  app.delete("/admin/users/:id", async (c) => {
    const user = await userParam(c);
    const body = await readBody(c, deleteBody);
    if (body.should_soft_delete) {
      // GoTrue's soft delete keeps the row for audit, signs the user out and frees the address.
      await transaction(sql, async (tx) => {
        await tx`delete from auth.sessions where user_id = ${user.id}`;
        await tx`delete from auth.identities where user_id = ${user.id}`;
        await tx`
          update auth.users
          set deleted_at = now(), email = null, encrypted_password = '', confirmation_token = '',
            recovery_token = '', email_change_token_new = '', email_change_token_current = '',
            updated_at = now()
          where id = ${user.id}`;
      });
    } else {
      await transaction(sql, async (tx) => {
        await tx`delete from auth.users where id = ${user.id}`;
        await audit(tx, SERVICE_ACTOR, "user_deleted", clientInfo(c, config).ip, {
          user_id: user.id,
          user_email: user.email,
        });
      });
    }
    return c.json({});
  });

  return app;
}

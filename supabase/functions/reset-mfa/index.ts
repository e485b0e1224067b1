// reset-mfa: an admin removes another staff member's authenticator factors (issue 16), for
// someone who lost their phone. The service-role key stays here; the caller's own JWT asks the
// database whether they may (check_mfa_reset runs as them, under RLS), then Auth's admin API
// deletes the factors and record_mfa_reset writes the audit entry and queues the email.
import { checkAsCaller, jsonBody, personCalling } from "../_shared/caller.ts";
import { issuesText, parseEnv, supabaseEnv, z } from "../_shared/env.ts";
import { HttpError, handle, json } from "../_shared/http.ts";
import { refusalFor } from "../_shared/mfa-reset.ts";
import { serviceClient } from "../_shared/supabase.ts";

const env = parseEnv(z.object({ ...supabaseEnv, SUPABASE_ANON_KEY: z.string().min(1) }));

const service = serviceClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY);
const callerOf = personCalling(service, env, "Sign in as an admin to reset two-step sign-in");

const bodySchema = z.object({ user_id: z.uuid() });

async function readBody(request: Request): Promise<z.infer<typeof bodySchema>> {
  const parsed = bodySchema.safeParse(await jsonBody(request, '{ "user_id": "<uuid>" }'));
  if (!parsed.success) {
    throw new HttpError(
      400,
      "invalid_body",
      'Name the person whose two-step sign-in to reset: { "user_id": "<uuid>" }',
      issuesText(parsed.error),
    );
  }
  return parsed.data;
}

Deno.serve(
  handle(async (request) => {
    const caller = await callerOf(request);
    const { user_id: targetId } = await readBody(request);

    // The database decides, as the caller: admin, at aal2, someone else, who is staff.
    await checkAsCaller(caller.db, "check_mfa_reset", { target_id: targetId }, refusalFor, "reset");

    const { data: listed, error: listError } = await service.auth.admin.mfa.listFactors({
      userId: targetId,
    });
    if (listError) {
      console.error("listFactors failed", listError);
      throw new HttpError(500, "list_failed", "Could not read the person's factors");
    }
    const factors = listed.factors;
    if (factors.length === 0) {
      throw new HttpError(
        409,
        "no_factors",
        "This person has no two-step sign-in to reset",
        null,
        "They sign in with their password alone and can add an authenticator app themselves.",
      );
    }
    for (const factor of factors) {
      const { error } = await service.auth.admin.mfa.deleteFactor({
        userId: targetId,
        id: factor.id,
      });
      // Gone already (a second admin's reset at the same moment) is the outcome we want.
      if (error && error.status !== 404) {
        console.error("deleteFactor failed", error);
        throw new HttpError(500, "delete_failed", "Could not remove every factor; try again");
      }
    }

    const { data: auditId, error: recordError } = await service.rpc("record_mfa_reset", {
      actor_id: caller.id,
      target_id: targetId,
      // What was removed, for the audit log; the secrets never leave Auth.
      removed_factors: factors.map((factor) => ({
        id: factor.id,
        friendly_name: factor.friendly_name ?? null,
        factor_type: factor.factor_type,
        status: factor.status,
        created_at: factor.created_at,
      })),
    });
    if (recordError) {
      console.error("record_mfa_reset failed", recordError);
      throw new HttpError(500, "record_failed", "The factors were removed, but not recorded");
    }
    return json({ user_id: targetId, removed: factors.length, audit_log_id: auditId });
  }),
);

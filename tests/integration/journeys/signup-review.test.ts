// A prospect signs up with the portal's form, confirms, and follows the request while the team
// approves it in the admin, all through the real supabase-js, Refine provider, Auth and REST.
import { dataProvider } from "@refinedev/supabase";
import { beforeAll, describe, expect, it } from "vitest";
import type { SignupRequest } from "../../../db/schema";
import { signupFormSchema, toSignUpCredentials } from "../../../db/validation";
import { nextTotpCode, type StaffLogin, staffSession } from "../../support/staff-session";
import { nodeClient } from "../../support/supabase-client";
import { authStackForFile } from "../auth/support/auth-stack";
import { enrollTotp } from "../auth/support/mfa";

const auth = authStackForFile();
const tess: StaffLogin = { email: "tess@atrium.test", password: "team-password", totpSecret: "" };

beforeAll(async () => {
  const created = await auth.admin().auth.admin.createUser({
    email: tess.email,
    password: tess.password,
    email_confirm: true,
    user_metadata: { full_name: "Tess Team" },
    app_metadata: { atrium_role: "team" },
  });
  expect(created.error).toBeNull();
  // A new team member adds an authenticator app first: staff work needs aal2.
  const first = auth.client();
  await first.auth.signInWithPassword({ email: tess.email, password: tess.password });
  const factor = await enrollTotp(first, "Phone");
  tess.totpSecret = factor.secret;
  const code = await nextTotpCode(`${auth.stack.url}|${tess.email}`, factor.secret);
  const verified = await first.auth.mfa.challengeAndVerify({ factorId: factor.id, code });
  expect(verified.error).toBeNull();
});

/** Tess in the admin: her password, then her authenticator's code (a cached aal2 session). */
async function signInTess() {
  const session = await staffSession(auth.stack, tess);
  const client = nodeClient(auth.stack.url, auth.stack.keys.anonKey);
  const { error } = await client.auth.setSession(session);
  expect(error).toBeNull();
  return client;
}

describe("sign-up to approval", () => {
  it("takes a prospect from the portal form to an approved request", {
    timeout: 60_000,
  }, async () => {
    // The portal validates with the shared zod schema and signs up with its output.
    const form = signupFormSchema.parse({
      email: " Dana@Example.TEST ",
      password: "a-long-password",
      full_name: "Dana Prospect",
      company_name: "Example Works",
      details: { project_type: "mobile app", budget: "25-50k", message: "We need an app" },
      locale: "fr",
    });
    const prospect = auth.client();
    const signUp = await prospect.auth.signUp(toSignUpCredentials(form));
    expect(signUp.error).toBeNull();
    expect(signUp.data.session).toBeNull();

    // Until confirmed there is no session, so nothing to read.
    const early = await prospect.auth.signInWithPassword({
      email: form.email,
      password: form.password,
    });
    expect(early.error?.code).toBe("email_not_confirmed");

    // The confirmation email's token_hash, verified the way the portal's confirm page does.
    const mail = auth.hook.last("dana@example.test", "signup");
    const verified = await prospect.auth.verifyOtp({
      type: "signup",
      token_hash: mail.email_data.token_hash,
    });
    expect(verified.error).toBeNull();
    expect(verified.data.session?.user.email).toBe("dana@example.test");

    const own = await prospect.from("signup_requests").select("status, company_name, details");
    expect(own.error).toBeNull();
    expect(own.data).toEqual([
      {
        status: "confirmed",
        company_name: "Example Works",
        details: { project_type: "mobile app", budget: "25-50k", message: "We need an app" },
      },
    ]);

    // The team member works in the admin through Refine's Supabase data provider.
    const staff = await signInTess();
    const admin = dataProvider(staff);
    const queue = await admin.getList<SignupRequest>({
      resource: "signup_requests",
      filters: [{ field: "status", operator: "eq", value: "confirmed" }],
      sorters: [{ field: "submitted_at", order: "asc" }],
      pagination: { currentPage: 1, pageSize: 10 },
    });
    expect(queue.total).toBe(1);
    const request = queue.data[0];
    expect(request?.email).toBe("dana@example.test");

    // Approving stamps the reviewer and the time (a trigger, so the UI cannot forge them).
    const approve = await admin.update<SignupRequest>({
      resource: "signup_requests",
      id: request?.id ?? "",
      variables: { status: "approved" },
    });
    expect(approve.data).toMatchObject({ status: "approved" });
    expect(approve.data.reviewed_at).not.toBeNull();

    const after = await prospect.from("signup_requests").select("status");
    expect(after.data).toEqual([{ status: "approved" }]);

    // The approval queued the applicant's email, in French, exactly once.
    const outbox = await staff
      .from("notifications")
      .select("template_key, recipient_email, locale")
      .eq("template_key", "request.approved");
    expect(outbox.data).toEqual([
      { template_key: "request.approved", recipient_email: "dana@example.test", locale: "fr" },
    ]);
  });

  it("refuses a transition the workflow does not allow, with a readable error", async () => {
    const staff = await signInTess();
    const { data } = await staff.from("signup_requests").select("id").eq("status", "approved");
    const id = data?.[0]?.id;
    expect(id).toBeDefined();
    const back = await staff.from("signup_requests").update({ status: "pending" }).eq("id", id);
    expect(back.status).toBe(400);
    expect(back.error?.code).toBe("23514");
    expect(back.error?.message).toBe("A request cannot go from approved to pending");
  });

  it("keeps a client from reading anyone else's request", async () => {
    const other = auth.client();
    const signUp = await other.auth.signUp({
      email: "eve@example.test",
      password: "another-password",
      options: { data: { full_name: "Eve", company_name: "Eve Corp" } },
    });
    expect(signUp.error).toBeNull();
    const mail = auth.hook.last("eve@example.test", "signup");
    await other.auth.verifyOtp({ type: "signup", token_hash: mail.email_data.token_hash });
    const visible = await other.from("signup_requests").select("email");
    expect(visible.data).toEqual([{ email: "eve@example.test" }]);
    const tamper = await other
      .from("signup_requests")
      .update({ status: "approved" })
      .eq("email", "dana@example.test")
      .select();
    expect(tamper.error).toBeNull();
    expect(tamper.data).toEqual([]);
  });
});

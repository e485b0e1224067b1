// Refine's authProvider over a supabase-js client, shared by the admin and the portal: sign-in and
// out, session checks, the signed-in person with their Atrium role, and sign-up / password flows.

import type { AppRole, Profile } from "@db/schema/profiles";
import type { AuthActionResponse, AuthProvider, CheckResponse } from "@refinedev/core";
import type { AuthError, SupabaseClient, User } from "@supabase/supabase-js";

export interface AuthProviderOptions {
  /** Where refine sends people who must sign in (default `/login`). */
  loginPath?: string;
  /** Where a successful sign-in lands (default `/`). */
  homePath?: string;
  /** Roles this app admits, e.g. `["team", "admin"]` for the admin; others are signed out. */
  allowedRoles?: readonly AppRole[];
  /** Absolute URL the sign-up confirmation link returns to (the portal's confirm page). */
  confirmUrl?: string;
  /** Absolute URL the recovery link returns to (the page that calls updatePassword). */
  resetPasswordUrl?: string;
  /**
   * The page that asks for an authenticator code. When set, a session at `aal1` whose user has a
   * verified factor is not signed in yet: `check` and `login` send it here first.
   */
  mfaPath?: string;
  /**
   * The page where a person without a verified factor adds one. When set (the admin: staff work
   * needs `aal2`), a session at `aal1` with no verified factor is not signed in yet either:
   * `check` and `login` send it here before any page.
   */
  mfaEnrollPath?: string;
}

/** The profile fields an app needs about whoever is signed in. */
type IdentityProfile = Pick<Profile, "full_name" | "role" | "company_id" | "locale">;

/**
 * The signed-in person as `useGetIdentity` returns it: Auth's id and email, the profile's
 * fields (role and company are null while the profile cannot be read).
 */
export type Identity = Pick<User, "id"> & {
  email: string;
  name: string;
  role: IdentityProfile["role"] | null;
  company_id: IdentityProfile["company_id"];
  locale: IdentityProfile["locale"];
};

export interface LoginParams {
  email: string;
  /** Omit to receive a magic link instead. */
  password?: string;
  redirectTo?: string;
}

export interface RegisterParams {
  email: string;
  password: string;
  /** Everything else becomes user metadata (full_name, company_name, details, …). */
  [data: string]: unknown;
}

/** PostgREST's JWT errors: PGRST301 bad token, PGRST303 expired or invalid claims (v13+). */
const JWT_ERROR_CODES = new Set(["PGRST301", "PGRST302", "PGRST303"]);

function failure(
  error: Pick<AuthError, "message"> & { code?: string | undefined },
): AuthActionResponse {
  const refineError = new Error(error.message);
  refineError.name = error.code ?? "AuthError";
  return { success: false, error: refineError };
}

/** Reads a status or code from whatever refine hands onError (HttpError, PostgrestError, AuthError). */
function errorShape(error: unknown): { status: number | undefined; code: string | undefined } {
  if (!error || typeof error !== "object") {
    return { status: undefined, code: undefined };
  }
  const record = error as Record<string, unknown>;
  const status = [record.statusCode, record.status].find(
    (value): value is number => typeof value === "number" && Number.isFinite(value),
  );
  return { status, code: typeof record.code === "string" ? record.code : undefined };
}

/**
 * Whether this session still owes its second factor: signed in with one (`aal1`) while the user
 * has a verified factor (`nextLevel` `aal2`), as supabase-js reads it from the session.
 * @example if (await needsSecondFactor(supabase)) navigate("/login/code");
 */
export async function needsSecondFactor(supabase: Pick<SupabaseClient, "auth">): Promise<boolean> {
  const { data } = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
  return data?.currentLevel === "aal1" && data.nextLevel === "aal2";
}

/**
 * Whether this session still needs a factor added before it can reach `aal2`: at `aal1` with no
 * verified factor (`nextLevel` is `aal1` too).
 * @example if (await needsFactorEnrollment(supabase)) navigate("/login/enroll");
 */
export async function needsFactorEnrollment(
  supabase: Pick<SupabaseClient, "auth">,
): Promise<boolean> {
  const { data } = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
  return data?.currentLevel === "aal1" && data.nextLevel === "aal1";
}

/**
 * Builds the authProvider for `<Refine authProvider={…}>`.
 * @example const authProvider = createAuthProvider(supabase, { allowedRoles: ["team", "admin"] });
 */
export function createAuthProvider(
  supabase: SupabaseClient,
  options: AuthProviderOptions = {},
): AuthProvider {
  const loginPath = options.loginPath ?? "/login";
  const homePath = options.homePath ?? "/";

  /** The second-factor page this session must go through first, if any. */
  async function pendingFactorStep(): Promise<string | null> {
    if (options.mfaPath && (await needsSecondFactor(supabase))) {
      return options.mfaPath;
    }
    if (options.mfaEnrollPath && (await needsFactorEnrollment(supabase))) {
      return options.mfaEnrollPath;
    }
    return null;
  }

  async function loadProfile(user: User): Promise<IdentityProfile | null> {
    const { data } = await supabase
      .from("profiles")
      .select("full_name, role, company_id, locale")
      .eq("id", user.id)
      .maybeSingle();
    return data;
  }

  async function identity(): Promise<Identity | null> {
    const { data, error } = await supabase.auth.getUser();
    if (error || !data.user) {
      return null;
    }
    const profile = await loadProfile(data.user);
    return {
      id: data.user.id,
      email: data.user.email ?? "",
      name: profile?.full_name ?? data.user.email ?? "",
      role: profile?.role ?? null,
      company_id: profile?.company_id ?? null,
      locale: profile?.locale ?? "en",
    };
  }

  return {
    async login({ email, password, redirectTo }: LoginParams) {
      if (!password) {
        const { error } = await supabase.auth.signInWithOtp({
          email,
          options: { shouldCreateUser: false, emailRedirectTo: redirectTo },
        });
        return error
          ? failure(error)
          : {
              success: true,
              successNotification: { message: "Check your email for a sign-in link" },
            };
      }
      const { error } = await supabase.auth.signInWithPassword({ email, password });
      if (error) {
        return failure(error);
      }
      if (options.allowedRoles) {
        const person = await identity();
        if (!person?.role || !options.allowedRoles.includes(person.role)) {
          await supabase.auth.signOut({ scope: "local" });
          return failure({ message: "This account cannot sign in here", code: "role_not_allowed" });
        }
      }
      const factorStep = await pendingFactorStep();
      if (factorStep) {
        return { success: true, redirectTo: factorStep };
      }
      return { success: true, redirectTo: redirectTo ?? homePath };
    },

    async logout(params?: { scope?: "local" | "global" | "others" }) {
      const { error } = await supabase.auth.signOut({ scope: params?.scope ?? "local" });
      return error ? failure(error) : { success: true, redirectTo: loginPath };
    },

    async check(): Promise<CheckResponse> {
      // getSession refreshes an expired access token; a refused refresh leaves no session.
      const { data, error } = await supabase.auth.getSession();
      const session = data.session;
      if (error || !session || (session.expires_at ?? 0) * 1000 <= Date.now()) {
        return {
          authenticated: false,
          logout: true,
          redirectTo: loginPath,
          error: error ?? new Error("Session expired or missing"),
        };
      }
      // A password (or link) alone does not open staff pages: the session is kept, so the code
      // page (or, without a verified factor, the enrollment page) can finish it.
      const factorStep = await pendingFactorStep();
      if (factorStep) {
        return { authenticated: false, redirectTo: factorStep };
      }
      return { authenticated: true };
    },

    async onError(error: unknown) {
      const { status, code } = errorShape(error);
      if (status === 401 || status === 403 || (code && JWT_ERROR_CODES.has(code))) {
        return { logout: true, redirectTo: loginPath, error: error as Error };
      }
      return {};
    },

    getIdentity: identity,

    async getPermissions() {
      return (await identity())?.role ?? null;
    },

    async register({ email, password, ...data }: RegisterParams) {
      const { data: result, error } = await supabase.auth.signUp({
        email,
        password,
        options: { data, emailRedirectTo: options.confirmUrl },
      });
      if (error) {
        return failure(error);
      }
      if (result.session) {
        return { success: true, redirectTo: homePath };
      }
      return {
        success: true,
        successNotification: {
          message: "Check your email",
          description: "Confirm your address with the link or code we sent you.",
        },
      };
    },

    async forgotPassword({ email }: { email: string }) {
      const { error } = await supabase.auth.resetPasswordForEmail(email, {
        redirectTo: options.resetPasswordUrl,
      });
      return error
        ? failure(error)
        : { success: true, successNotification: { message: "Check your email for a reset link" } };
    },

    async updatePassword({
      password,
      confirmPassword,
    }: {
      password: string;
      confirmPassword?: string;
    }) {
      if (confirmPassword !== undefined && confirmPassword !== password) {
        return failure({ message: "The passwords do not match", code: "password_mismatch" });
      }
      const { error } = await supabase.auth.updateUser({ password });
      return error ? failure(error) : { success: true, redirectTo: homePath };
    },
  };
}

// Staff sign-in. Accounts are created by an admin, so there is no sign-up link; a forgotten
// password is reset from the portal, whose confirm page every Auth email opens. Drawn with plain
// elements (the first screen loads without antd); a refusal shows as Refine's notification.
import { useLogin } from "@refinedev/core";
import type { LoginParams } from "@supabase-client/auth-provider";
import { useT } from "@supabase-client/i18n/locale-context";
import { LightField, lightStyles } from "@supabase-client/ui/light-form";
import { surface, surfacePage } from "@supabase-client/ui/surface";
import { type FormEvent, useState } from "react";
import { useAdminT } from "../i18n";

export function LoginPage() {
  const { mutate: login, isPending } = useLogin<LoginParams>();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const t = useAdminT();
  const shared = useT();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login({ email, password });
  };

  return (
    <div
      style={{
        minHeight: "100vh",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        flexDirection: "column",
        ...surfacePage,
        fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Arial, sans-serif",
        fontSize: 14,
      }}
    >
      <strong style={{ fontSize: 20, marginBottom: 24 }}>{t("admin.shell.appName")}</strong>
      <main style={{ ...lightStyles.card, width: 400, maxWidth: "calc(100vw - 32px)" }}>
        <h1 style={{ ...lightStyles.title, textAlign: "center", color: surface.link }}>
          {t("admin.auth.login.title")}
        </h1>
        <form onSubmit={submit}>
          <LightField id="login-email" label={shared("fields.email")}>
            <input
              id="login-email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              style={lightStyles.input}
            />
          </LightField>
          <LightField id="login-password" label={shared("auth.login.password")}>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              style={lightStyles.input}
            />
          </LightField>
          <button type="submit" style={lightStyles.button} disabled={isPending}>
            {shared("auth.login.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}

// Staff sign-in. Accounts are created by an admin, so there is no sign-up link; a forgotten
// password is reset from the portal, whose confirm page every Auth email opens. Drawn with plain
// elements (the first screen loads without antd); a refusal shows as Refine's notification.
import { useLogin } from "@refinedev/core";
import type { LoginParams } from "@supabase-client/auth-provider";
import { useT } from "@supabase-client/i18n/locale-context";
import { LightInput, lightStyles } from "@supabase-client/ui/light-form";
import { surface, surfacePage } from "@supabase-client/ui/surface";
import { type FormEvent, useState } from "react";
import { useAdminT } from "../i18n";

// The two inputs, each named by the credential it holds; labels are the shared dictionary's keys.
const loginFields = [
  { name: "email", label: "fields.email", type: "email", autoComplete: "email" },
  {
    name: "password",
    label: "auth.login.password",
    type: "password",
    autoComplete: "current-password",
  },
] as const;

export function LoginPage() {
  const { mutate: login, isPending } = useLogin<LoginParams>();
  const [credentials, setCredentials] = useState({ email: "", password: "" });
  const t = useAdminT();
  const shared = useT();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login(credentials);
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
          {loginFields.map(({ name, label, ...input }) => (
            <LightInput
              key={name}
              id={`login-${name}`}
              label={shared(label)}
              required
              {...input}
              value={credentials[name]}
              onChange={(value) => setCredentials({ ...credentials, [name]: value })}
            />
          ))}
          <button type="submit" style={lightStyles.button} disabled={isPending}>
            {shared("auth.login.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}

// Staff sign-in. Accounts are created by an admin, so there is no sign-up link; a forgotten
// password is reset from the portal, whose confirm page every Auth email opens.
import { AuthPage, ThemedTitle } from "@refinedev/antd";

export function LoginPage() {
  return (
    <AuthPage
      type="login"
      title={<ThemedTitle collapsed={false} text="Atrium admin" />}
      registerLink={false}
      forgotPasswordLink={false}
      rememberMe={false}
      formProps={{ initialValues: { email: "", password: "" } }}
    />
  );
}

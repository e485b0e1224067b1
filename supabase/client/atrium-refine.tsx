// Refine as both apps run it: React Router, the reader's language (the signed-in person's profile
// sets it), and no telemetry. Each app passes its own providers, resources and options.
import { Refine, type RefineProps } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { useI18nProvider } from "./i18n/locale-context";
import { useProfileLocale } from "./i18n/use-profile-locale";

/** Under Refine: the signed-in person's profile sets the language. */
function ProfileLocale() {
  useProfileLocale();
  return null;
}

/**
 * @example <AtriumRefine authProvider={authProvider} dataProvider={dataProvider}>…</AtriumRefine>
 */
export function AtriumRefine({
  options,
  children,
  ...providers
}: Omit<RefineProps, "routerProvider" | "i18nProvider">) {
  const i18nProvider = useI18nProvider();
  return (
    <Refine
      {...providers}
      routerProvider={routerProvider}
      i18nProvider={i18nProvider}
      options={{ disableTelemetry: true, ...options }}
    >
      <ProfileLocale />
      {children}
    </Refine>
  );
}

// The header's light/dark choice.
import { colorThemes } from "@db/schema/values";
import { useAdminT } from "../../i18n";
import { HeaderSelect } from "../header-select";
import { useProfileTheme } from "./use-profile-theme";

export function ThemeSwitch() {
  const { choice, choose } = useProfileTheme();
  const t = useAdminT();
  const options = colorThemes.map((value) => ({ value, label: t(`admin.shell.theme.${value}`) }));
  return (
    <HeaderSelect
      label={t("admin.shell.theme.label")}
      value={choice}
      options={options}
      onChange={choose}
    />
  );
}

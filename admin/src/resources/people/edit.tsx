// Editing someone's profile. A role change is confirmed first, and when the database refuses
// (only admins change roles; the last admin stays one) its reason is what the notification says.
import type { Profile } from "@db/schema/profiles";
import { EditPage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { profileChangesSchema } from "./changes";
import { PersonFields } from "./fields";
import { displayName } from "./person-row";
import { isRoleChange, roleChangeConsequence, roleChangeQuestion } from "./roles";

export default function PersonEdit() {
  const t = useAdminT();
  return (
    <EditPage<Profile, typeof profileChangesSchema>
      title={(person) => t("admin.people.form.editTitle", { name: displayName(person) })}
      untitled={t("admin.people.form.editUntitled")}
      schema={profileChangesSchema}
      savedMessage={(person) =>
        t("admin.people.form.saved", {
          name: person ? displayName(person) : t("admin.people.form.theProfile"),
        })
      }
      isNarrow
      confirm={({ role }, person) =>
        person && role && isRoleChange(person.role, role)
          ? {
              title: roleChangeQuestion(t, displayName(person), role),
              content: roleChangeConsequence(t, role),
              okText: t("admin.people.form.changeRole"),
            }
          : null
      }
    >
      {(person) => <PersonFields saved={person} />}
    </EditPage>
  );
}

// Editing someone's profile. A role change is confirmed first, and when the database refuses
// (only admins change roles; the last admin stays one) its reason is what the notification says.
import type { Profile } from "@db/schema/profiles";
import { EditPage } from "../../components/form/form-page";
import { profileChangesSchema } from "./changes";
import { PersonFields } from "./fields";
import { displayName } from "./person-row";
import { isRoleChange, roleChangeConsequence, roleChangeQuestion } from "./roles";

export default function PersonEdit() {
  return (
    <EditPage<Profile, typeof profileChangesSchema>
      title={(person) => `Edit ${displayName(person)}`}
      untitled="Edit person"
      schema={profileChangesSchema}
      savedMessage={(person) => `${person ? displayName(person) : "The profile"} was saved`}
      isNarrow
      confirm={({ role }, person) =>
        person && role && isRoleChange(person.role, role)
          ? {
              title: roleChangeQuestion(displayName(person), role),
              content: roleChangeConsequence(role),
              okText: "Change role",
            }
          : null
      }
    >
      {(person) => <PersonFields saved={person} />}
    </EditPage>
  );
}

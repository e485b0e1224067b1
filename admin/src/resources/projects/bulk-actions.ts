// What the projects list does to ticked rows, each in one database call that changes every row
// or none (drizzle/0020_board_bulk): change status (the transition rule applies to each), assign an
// account manager, delete (admins only; the database refuses anyone else).
import type { ProjectStatus } from "@db/schema/projects";
import type { BulkAction } from "../../components/list/bulk-actions";
import type { AdminKey, useAdminT } from "../../i18n";
import { supabase } from "../../supabase";

type Option = { value: string; label: string };

/**
 * The list's bulk actions, given the staff members one may assign and the statuses in the
 * reader's language.
 */
export function projectBulkActions(
  managers: readonly Option[],
  statuses: readonly Option[],
  t: ReturnType<typeof useAdminT>,
): BulkAction[] {
  /** The singular message for one project, the plural one for several. */
  const counted = (one: AdminKey, many: AdminKey) => (count: number) =>
    count === 1 ? t(one) : t(many, { count });
  return [
    {
      label: t("admin.projects.bulk.changeStatus"),
      question: counted(
        "admin.projects.bulk.changeStatusOne",
        "admin.projects.bulk.changeStatusMany",
      ),
      description: t("admin.projects.bulk.changeStatusText"),
      choice: { label: t("admin.projects.bulk.newStatus"), options: statuses },
      run: (ids, { choice }) =>
        supabase.rpc("bulk_set_project_status", { ids, new_status: choice as ProjectStatus }),
      done: counted("admin.projects.bulk.movedOne", "admin.projects.bulk.movedMany"),
    },
    {
      label: t("admin.projects.bulk.assign"),
      question: counted("admin.projects.bulk.assignOne", "admin.projects.bulk.assignMany"),
      choice: { label: t("admin.projects.bulk.manager"), options: managers },
      run: (ids, { choice }) =>
        supabase.rpc("bulk_assign_account_manager", { ids, manager_id: choice }),
      done: counted("admin.projects.bulk.reassignedOne", "admin.projects.bulk.reassignedMany"),
    },
    {
      label: t("admin.projects.bulk.delete"),
      isDanger: true,
      question: counted("admin.projects.bulk.deleteOne", "admin.projects.bulk.deleteMany"),
      description: t("admin.projects.bulk.deleteText"),
      run: (ids) => supabase.rpc("bulk_delete_projects", { ids }),
      done: counted("admin.projects.bulk.deletedOne", "admin.projects.bulk.deletedMany"),
    },
  ];
}

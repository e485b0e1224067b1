// What the projects list does to ticked rows, each in one database call that changes every row
// or none (drizzle/0020_board_bulk): change status (the transition rule applies to each), assign an
// account manager, delete (admins only; the database refuses anyone else).
import type { ProjectStatus } from "@db/schema/projects";
import { projectStatusOptions } from "@db/status/projects";
import type { BulkAction } from "../../components/list/bulk-actions";
import { supabase } from "../../supabase";

const projects = (count: number) => `${count} project${count === 1 ? "" : "s"}`;

/** The list's bulk actions, given the staff members one may assign. */
export function projectBulkActions(
  managers: readonly { value: string; label: string }[],
): BulkAction[] {
  return [
    {
      label: "Change status",
      question: (count) => `Change the status of ${projects(count)}?`,
      description: "Each must be allowed to move there, or none moves.",
      choice: { label: "New status", options: projectStatusOptions },
      run: (ids, { choice }) =>
        supabase.rpc("bulk_set_project_status", { ids, new_status: choice as ProjectStatus }),
      done: (count) => `${projects(count)} moved`,
    },
    {
      label: "Assign account manager",
      question: (count) => `Assign an account manager to ${projects(count)}?`,
      choice: { label: "Account manager", options: managers },
      run: (ids, { choice }) =>
        supabase.rpc("bulk_assign_account_manager", { ids, manager_id: choice }),
      done: (count) => `${projects(count)} reassigned`,
    },
    {
      label: "Delete",
      isDanger: true,
      question: (count) => `Delete ${projects(count)}?`,
      description: "Their updates, tasks and notes are deleted with them. This cannot be undone.",
      run: (ids) => supabase.rpc("bulk_delete_projects", { ids }),
      done: (count) => `${projects(count)} deleted`,
    },
  ];
}

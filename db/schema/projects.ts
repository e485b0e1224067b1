// Client projects, the updates account managers post on them, and internal tasks.
import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, text, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { admins, authUid, isStaff, isStaffOrClientOf, myCompanyId, staff } from "./access";
import { checkLength } from "./checks";
import { actedBy, belongsTo, createdAt, indexesOn, timestamps } from "./columns";
import { companies } from "./companies";
import { allow, canInsert, canSelect } from "./policies";
import { profiles } from "./profiles";
import { defineTable } from "./table";
import { projectStatuses, taskStatuses } from "./values";

export { projectStatuses, taskStatuses };

export const projectStatus = pgEnum("project_status", projectStatuses);

export const updateVisibilities = ["internal", "client"] as const;
export const updateVisibility = pgEnum("update_visibility", updateVisibilities);

export const taskStatus = pgEnum("task_status", taskStatuses);

export const projects = defineTable(
  "projects",
  {
    // restrict: deleting a company must not silently take its projects' history with it.
    company_id: belongsTo(() => companies.id, "restrict"),
    name: text().notNull(),
    status: projectStatus().notNull().default("pending"),
    account_manager_id: uuid().references(() => profiles.id, { onDelete: "set null" }),
    start_date: date({ mode: "string" }),
    due_date: date({ mode: "string" }),
    progress: integer().notNull().default(0),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** What the client sees about the project in the portal. */
    client_summary: text(),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("projects", t.company_id, t.account_manager_id, t.status, t.due_date),
    check("projects_progress_range", sql`${t.progress} between 0 and 100`),
    checkLength("projects", t.name, limits.name),
    check(
      "projects_dates_order",
      sql`${t.due_date} is null or ${t.start_date} is null or ${t.due_date} >= ${t.start_date}`,
    ),
    canSelect("staff and the company's clients read projects", isStaffOrClientOf(t.company_id)),
    ...allow("projects", { create: staff, update: staff, delete: admins }),
  ],
);

export const projectUpdates = defineTable(
  "project_updates",
  {
    project_id: belongsTo(() => projects.id),
    title: text().notNull(),
    body: text().notNull(),
    visibility: updateVisibility().notNull().default("internal"),
    author_id: actedBy(() => profiles.id),
    created_at: createdAt(),
  },
  (t) => [
    index("project_updates_project_id_created_at_idx").on(t.project_id, t.created_at),
    index("project_updates_author_id_idx").on(t.author_id),
    checkLength("project_updates", t.title, limits.name),
    checkLength("project_updates", t.body, limits.body),
    // The sub-select runs under the caller's own RLS on projects, so it only finds their projects.
    canSelect(
      "staff and the company's clients read client-visible updates",
      sql`${isStaff} or (${t.visibility} = 'client' and ${t.project_id} in (select p.id from public.projects p where p.company_id = ${myCompanyId}))`,
    ),
    canInsert("staff post updates as themselves", sql`${isStaff} and ${t.author_id} = ${authUid}`),
    ...allow("updates", { edit: staff, delete: staff }),
  ],
);

export const tasks = defineTable(
  "tasks",
  {
    project_id: belongsTo(() => projects.id),
    title: text().notNull(),
    status: taskStatus().notNull().default("todo"),
    assignee_id: uuid().references(() => profiles.id, { onDelete: "set null" }),
    due_date: date({ mode: "string" }),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("tasks", t.project_id, t.assignee_id),
    checkLength("tasks", t.title, limits.name),
    ...allow("tasks", { read: staff, create: staff, update: staff, delete: staff }),
  ],
);

export type ProjectStatus = (typeof projectStatuses)[number];
export type UpdateVisibility = (typeof updateVisibilities)[number];
export type TaskStatus = (typeof taskStatuses)[number];
export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
export type ProjectUpdate = typeof projectUpdates.$inferSelect;
export type NewProjectUpdate = typeof projectUpdates.$inferInsert;
export type Task = typeof tasks.$inferSelect;
export type NewTask = typeof tasks.$inferInsert;

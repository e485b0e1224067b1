// Project, project update and task forms in the admin.
import { createInsertSchema, createUpdateSchema } from "drizzle-zod";
import { z } from "zod/v4";
import { limits } from "../limits";
import { projects, projectUpdates, tasks } from "../schema/projects";
import { optionalText, requiredText } from "./fields";

const projectFields = {
  company_id: () => z.uuid({ error: "Choose the client company" }),
  name: () => requiredText("Name"),
  progress: () =>
    z.coerce
      .number()
      .int({ error: "Progress is a whole number" })
      .min(0, { error: "Progress is between 0 and 100" })
      .max(100, { error: "Progress is between 0 and 100" }),
  client_summary: () => optionalText("Client summary", limits.body),
};

/**
 * Due date before start date is refused with the message on the due date field. Exported so a
 * form can say it as soon as both dates are picked.
 */
export const datesInOrder = (value: { start_date?: string | null; due_date?: string | null }) =>
  !value.start_date || !value.due_date || value.due_date >= value.start_date;
export const datesMessage = {
  error: "Due date cannot be before the start date",
  path: ["due_date"],
};

export const insertProjectSchema = createInsertSchema(projects, projectFields)
  .omit({ id: true, created_at: true, updated_at: true })
  .refine(datesInOrder, datesMessage);
export const updateProjectSchema = createUpdateSchema(projects, projectFields)
  .omit({ id: true, created_at: true, updated_at: true })
  .refine(datesInOrder, datesMessage);

export const insertProjectUpdateSchema = createInsertSchema(projectUpdates, {
  title: () => requiredText("Title"),
  body: () => requiredText("Message", limits.body),
}).omit({ id: true, created_at: true, author_id: true });

export const insertTaskSchema = createInsertSchema(tasks, {
  title: () => requiredText("Title"),
}).omit({ id: true, created_at: true, updated_at: true });

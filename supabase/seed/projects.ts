// Demo projects of both clients, with client-visible and internal updates and a few tasks.
import * as schema from "../../db/schema";
import type { DemoUsers } from "./people";
import { insertNamed, type SeedTx } from "./seed-context";

const ids = <T extends { id: string }>(rows: T[]) => rows.map((row) => row.id);

/** Inserts the projects, their updates and their tasks. */
export async function seedProjects(
  tx: SeedTx,
  users: DemoUsers,
  companies: { northwind: string; globex: string },
) {
  const { team } = users;
  const projects = await insertNamed(tx, schema.projects, {
    websiteA: {
      company_id: companies.northwind,
      name: "Website relaunch",
      status: "active",
      account_manager_id: team,
      start_date: "2026-09-01",
      due_date: "2027-01-31",
      progress: 60,
      client_summary: "Design approved; development of the shop pages under way.",
    },
    appA: {
      company_id: companies.northwind,
      name: "Mobile app",
      status: "pending",
      account_manager_id: team,
      progress: 0,
    },
    platformB: {
      company_id: companies.globex,
      name: "Data platform",
      status: "active",
      account_manager_id: team,
      start_date: "2026-10-15",
      progress: 30,
      client_summary: "Ingestion pipelines in place; dashboards next.",
    },
    retainerB: {
      company_id: companies.globex,
      name: "Support retainer",
      status: "on_hold",
      progress: 80,
    },
  });
  const update = (
    project: string,
    title: string,
    body: string,
    visibility: "client" | "internal",
  ) => ({ project_id: project, title, body, visibility, author_id: team });
  const updates = await tx
    .insert(schema.projectUpdates)
    .values([
      update(
        projects.websiteA,
        "Design signed off",
        "The new home page and product pages are approved.",
        "client",
      ),
      update(
        projects.websiteA,
        "Budget check",
        "Internal: 55% of budget used at 60% progress.",
        "internal",
      ),
      update(projects.platformB, "Pipelines live", "Nightly ingestion runs are green.", "client"),
      update(
        projects.platformB,
        "Risk",
        "Internal: vendor API limits may slow backfill.",
        "internal",
      ),
    ])
    .returning({ id: schema.projectUpdates.id });
  const tasks = await tx
    .insert(schema.tasks)
    .values([
      {
        project_id: projects.websiteA,
        title: "Checkout page",
        status: "in_progress",
        assignee_id: team,
      },
      {
        project_id: projects.websiteA,
        title: "Content migration",
        status: "todo",
        due_date: "2026-12-15",
      },
      {
        project_id: projects.platformB,
        title: "Backfill 2025 data",
        status: "blocked",
        assignee_id: team,
      },
    ])
    .returning({ id: schema.tasks.id });
  return { projects, updates: ids(updates), tasks: ids(tasks) };
}

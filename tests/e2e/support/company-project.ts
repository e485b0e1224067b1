// A client company with one project, both a browser test's own, written straight into the
// database so a journey starts from its data rather than from clicks it does not test.
import type postgres from "postgres";

/** Columns a journey sets on its project; what it leaves out keeps the column's default. */
export interface ProjectDetails {
  progress?: number;
  clientSummary?: string;
  accountManagerId?: string | null;
}

/**
 * Inserts an active company and an active project of it.
 * @example const { projectId } = await createCompanyProject(sql, "Acme", "Site", { progress: 10 });
 */
export async function createCompanyProject(
  sql: postgres.Sql,
  companyName: string,
  projectName: string,
  details: ProjectDetails = {},
): Promise<{ companyId: string; projectId: string }> {
  const [company] = await sql<{ id: string }[]>`
    insert into public.companies (name, status) values (${companyName}, 'active') returning id`;
  if (!company) {
    throw new Error("the company was not created");
  }
  const row: Record<string, string | number | null> = {
    company_id: company.id,
    name: projectName,
    status: "active",
  };
  if (details.progress !== undefined) {
    row.progress = details.progress;
  }
  if (details.clientSummary !== undefined) {
    row.client_summary = details.clientSummary;
  }
  if (details.accountManagerId !== undefined) {
    row.account_manager_id = details.accountManagerId;
  }
  const [project] = await sql<{ id: string }[]>`
    insert into public.projects ${sql(row)} returning id`;
  if (!project) {
    throw new Error("the project was not created");
  }
  return { companyId: company.id, projectId: project.id };
}

// A project with the names the list and page show beside it, read in one request by embedding
// the company and the account manager.
import type { Company } from "@db/schema/companies";
import type { Profile } from "@db/schema/profiles";
import type { Project } from "@db/schema/projects";

export type ProjectRow = Project & {
  company: Pick<Company, "name"> | null;
  account_manager: Pick<Profile, "full_name"> | null;
};

export const projectRowSelect =
  "*, company:companies(name), account_manager:profiles!account_manager_id(full_name)";

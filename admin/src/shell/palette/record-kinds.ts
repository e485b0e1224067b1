// The kinds of record the palette finds by name as one types: which table, which columns the
// text is looked for in, and how a found row reads in the list.
import type { AdminResource } from "@db/routes/admin";
import type { Company } from "@db/schema/companies";
import type { Page } from "@db/schema/pages";
import type { Profile } from "@db/schema/profiles";
import type { Project } from "@db/schema/projects";
import type { SignupRequest } from "@db/schema/signup-requests";
import type { AdminKey } from "../../i18n";

export interface RecordKind<T> {
  resource: AdminResource;
  /** The palette's section for these rows, as a dictionary key. */
  section: AdminKey;
  select: string;
  fields: readonly (keyof T & string)[];
  name: (row: T) => string;
  subtitle?: (row: T) => string | null;
}

/** A kind with its row type forgotten, once its functions are typed against it. */
export type AnyRecordKind = RecordKind<never>;

const kind = <T>(definition: RecordKind<T>) => definition as unknown as AnyRecordKind;

export const recordKinds: readonly AnyRecordKind[] = [
  kind<Pick<Company, "id" | "name" | "industry">>({
    resource: "companies",
    section: "admin.shell.resources.companies",
    select: "id, name, industry",
    fields: ["name"],
    name: (row) => row.name,
    subtitle: (row) => row.industry,
  }),
  kind<Pick<Project, "id" | "name">>({
    resource: "projects",
    section: "admin.shell.resources.projects",
    select: "id, name",
    fields: ["name"],
    name: (row) => row.name,
  }),
  kind<Pick<SignupRequest, "id" | "company_name" | "full_name" | "email">>({
    resource: "signup_requests",
    section: "admin.shell.resources.signup_requests",
    select: "id, company_name, full_name, email",
    fields: ["company_name", "full_name", "email"],
    name: (row) => row.company_name,
    subtitle: (row) => `${row.full_name} · ${row.email}`,
  }),
  kind<Pick<Profile, "id" | "full_name" | "email">>({
    resource: "profiles",
    section: "admin.shell.resources.profiles",
    select: "id, full_name, email",
    fields: ["full_name", "email"],
    name: (row) => row.full_name ?? row.email,
    subtitle: (row) => row.email,
  }),
  kind<Pick<Page, "id" | "title" | "slug">>({
    resource: "pages",
    section: "admin.shell.palette.cmsPages",
    select: "id, title, slug",
    fields: ["title", "slug"],
    name: (row) => row.title,
    subtitle: (row) => `/${row.slug}`,
  }),
];

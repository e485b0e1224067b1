-- Explicit grants, printed from db/grants.ts by `npm run db:grants`: hosted Supabase grants API roles
-- nothing on new tables, so what is not granted here is refused (42501) before RLS is consulted.
grant select, update, delete on table public.profiles to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.profiles to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.companies to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.companies to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.contacts to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.contacts to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.notes to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.notes to service_role;
--> statement-breakpoint
grant select, update, delete on table public.signup_requests to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.signup_requests to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.projects to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.projects to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.project_updates to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.project_updates to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.tasks to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.tasks to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.products to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.products to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.beta_access to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.beta_access to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.beta_invite_codes to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.beta_invite_codes to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.beta_builds to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.beta_builds to service_role;
--> statement-breakpoint
grant select, insert, delete on table public.beta_feedback to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.beta_feedback to service_role;
--> statement-breakpoint
grant select on table public.notifications to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.notifications to service_role;
--> statement-breakpoint
grant select, insert, update, delete on table public.email_templates to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.email_templates to service_role;
--> statement-breakpoint
grant select on table public.pages to anon;
--> statement-breakpoint
grant select, insert, update, delete on table public.pages to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.pages to service_role;
--> statement-breakpoint
grant select on table public.page_revisions to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.page_revisions to service_role;
--> statement-breakpoint
grant select on table public.audit_logs to authenticated;
--> statement-breakpoint
grant select on table public.audit_logs to service_role;
--> statement-breakpoint
grant insert on table public.analytics_events to anon;
--> statement-breakpoint
grant select, insert on table public.analytics_events to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.analytics_events to service_role;

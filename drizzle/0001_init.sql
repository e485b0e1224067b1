CREATE TYPE "public"."audit_action" AS ENUM('insert', 'update', 'delete');--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('draft', 'beta', 'released', 'retired');--> statement-breakpoint
CREATE TYPE "public"."company_status" AS ENUM('lead', 'active', 'churned');--> statement-breakpoint
CREATE TYPE "public"."notification_status" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."page_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."app_role" AS ENUM('client', 'team', 'admin');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('pending', 'active', 'on_hold', 'completed');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('todo', 'in_progress', 'blocked', 'done');--> statement-breakpoint
CREATE TYPE "public"."update_visibility" AS ENUM('internal', 'client');--> statement-breakpoint
CREATE TYPE "public"."signup_status" AS ENUM('pending', 'confirmed', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "analytics_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analytics_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_type" text NOT NULL,
	"profile_id" uuid DEFAULT auth.uid(),
	"anonymous_id" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_events_event_type_format" CHECK ("analytics_events"."event_type" ~ '^[a-z][a-z0-9_.:-]{0,63}$'),
	CONSTRAINT "analytics_events_metadata_size" CHECK (pg_column_size("analytics_events"."metadata") <= 4096),
	CONSTRAINT "analytics_events_anonymous_id_length" CHECK (char_length("analytics_events"."anonymous_id") <= 128)
);
--> statement-breakpoint
ALTER TABLE "analytics_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit_logs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_logs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"table_name" text NOT NULL,
	"record_id" text NOT NULL,
	"action" "audit_action" NOT NULL,
	"actor_id" uuid,
	"old_row" jsonb,
	"new_row" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_logs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "beta_access" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"profile_id" uuid,
	"company_id" uuid,
	"granted_by" uuid DEFAULT auth.uid(),
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "beta_access_one_grantee" CHECK (num_nonnulls("beta_access"."profile_id", "beta_access"."company_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "beta_access" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "beta_builds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"version" text NOT NULL,
	"release_notes" text,
	"storage_path" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beta_builds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "beta_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"build_id" uuid NOT NULL,
	"profile_id" uuid DEFAULT auth.uid() NOT NULL,
	"rating" smallint NOT NULL,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beta_feedback_rating_range" CHECK ("beta_feedback"."rating" between 1 and 5),
	CONSTRAINT "beta_feedback_body_length" CHECK (char_length("beta_feedback"."body") <= 5000)
);
--> statement-breakpoint
ALTER TABLE "beta_feedback" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "beta_invite_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"code" text NOT NULL,
	"max_uses" integer DEFAULT 1 NOT NULL,
	"uses" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone,
	"created_by" uuid DEFAULT auth.uid(),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beta_invite_codes_code_unique" UNIQUE("code"),
	CONSTRAINT "beta_invite_codes_uses_range" CHECK ("beta_invite_codes"."max_uses" > 0 and "beta_invite_codes"."uses" between 0 and "beta_invite_codes"."max_uses"),
	CONSTRAINT "beta_invite_codes_code_format" CHECK ("beta_invite_codes"."code" ~ '^[A-Za-z0-9-]{4,64}$')
);
--> statement-breakpoint
ALTER TABLE "beta_invite_codes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"status" "product_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_slug_unique" UNIQUE("slug"),
	CONSTRAINT "products_slug_format" CHECK ("products"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "products_name_length" CHECK (char_length("products"."name") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"website" text,
	"industry" text,
	"status" "company_status" DEFAULT 'lead' NOT NULL,
	"account_manager_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_name_length" CHECK (char_length("companies"."name") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"other_emails" text[] DEFAULT '{}'::text[] NOT NULL,
	"phone" text,
	"title" text,
	"profile_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "email_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" uuid DEFAULT auth.uid(),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_templates_key_format" CHECK ("email_templates"."key" ~ '^[a-z][a-z0-9_.]*$')
);
--> statement-breakpoint
ALTER TABLE "email_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_email" text NOT NULL,
	"recipient_profile_id" uuid,
	"template_key" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "notification_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"provider_message_id" text,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "notifications_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "notifications_attempts_nonnegative" CHECK ("notifications"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid,
	"contact_id" uuid,
	"project_id" uuid,
	"signup_request_id" uuid,
	"body" text NOT NULL,
	"author_id" uuid DEFAULT auth.uid(),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notes_one_subject" CHECK (num_nonnulls("notes"."company_id", "notes"."contact_id", "notes"."project_id", "notes"."signup_request_id") = 1),
	CONSTRAINT "notes_body_length" CHECK (char_length("notes"."body") between 1 and 20000)
);
--> statement-breakpoint
ALTER TABLE "notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "page_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"page_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" "page_status" NOT NULL,
	"seo_title" text,
	"seo_description" text,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "page_revisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" "page_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"author_id" uuid DEFAULT auth.uid(),
	"seo_title" text,
	"seo_description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pages_slug_unique" UNIQUE("slug"),
	CONSTRAINT "pages_slug_format" CHECK ("pages"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$'),
	CONSTRAINT "pages_title_length" CHECK (char_length("pages"."title") between 1 and 200),
	CONSTRAINT "pages_seo_description_length" CHECK (char_length("pages"."seo_description") <= 320)
);
--> statement-breakpoint
ALTER TABLE "pages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "profiles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"full_name" text,
	"role" "app_role" DEFAULT 'client' NOT NULL,
	"company_id" uuid,
	"locale" text DEFAULT 'en' NOT NULL,
	"email_bounced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "project_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"visibility" "update_visibility" DEFAULT 'internal' NOT NULL,
	"author_id" uuid DEFAULT auth.uid(),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_updates_title_length" CHECK (char_length("project_updates"."title") between 1 and 200),
	CONSTRAINT "project_updates_body_length" CHECK (char_length("project_updates"."body") between 1 and 20000)
);
--> statement-breakpoint
ALTER TABLE "project_updates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" "project_status" DEFAULT 'pending' NOT NULL,
	"account_manager_id" uuid,
	"start_date" date,
	"due_date" date,
	"progress" integer DEFAULT 0 NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"client_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_progress_range" CHECK ("projects"."progress" between 0 and 100),
	CONSTRAINT "projects_name_length" CHECK (char_length("projects"."name") between 1 and 200),
	CONSTRAINT "projects_dates_order" CHECK ("projects"."due_date" is null or "projects"."start_date" is null or "projects"."due_date" >= "projects"."start_date")
);
--> statement-breakpoint
ALTER TABLE "projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" "task_status" DEFAULT 'todo' NOT NULL,
	"assignee_id" uuid,
	"due_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_title_length" CHECK (char_length("tasks"."title") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signup_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"email" text NOT NULL,
	"full_name" text NOT NULL,
	"company_name" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "signup_status" DEFAULT 'pending' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"source" text,
	"utm" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signup_requests_full_name_length" CHECK (char_length("signup_requests"."full_name") between 1 and 200),
	CONSTRAINT "signup_requests_company_name_length" CHECK (char_length("signup_requests"."company_name") between 1 and 200),
	CONSTRAINT "signup_requests_details_size" CHECK (pg_column_size("signup_requests"."details") <= 8192),
	CONSTRAINT "signup_requests_rejection_reason_length" CHECK (char_length("signup_requests"."rejection_reason") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "signup_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_access" ADD CONSTRAINT "beta_access_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_access" ADD CONSTRAINT "beta_access_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_access" ADD CONSTRAINT "beta_access_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_access" ADD CONSTRAINT "beta_access_granted_by_profiles_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_builds" ADD CONSTRAINT "beta_builds_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_feedback" ADD CONSTRAINT "beta_feedback_build_id_beta_builds_id_fk" FOREIGN KEY ("build_id") REFERENCES "public"."beta_builds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_feedback" ADD CONSTRAINT "beta_feedback_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_invite_codes" ADD CONSTRAINT "beta_invite_codes_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beta_invite_codes" ADD CONSTRAINT "beta_invite_codes_created_by_profiles_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_account_manager_id_profiles_id_fk" FOREIGN KEY ("account_manager_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_templates" ADD CONSTRAINT "email_templates_updated_by_profiles_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_profile_id_profiles_id_fk" FOREIGN KEY ("recipient_profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_signup_request_id_signup_requests_id_fk" FOREIGN KEY ("signup_request_id") REFERENCES "public"."signup_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_profiles_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_revisions" ADD CONSTRAINT "page_revisions_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_revisions" ADD CONSTRAINT "page_revisions_saved_by_profiles_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_author_id_profiles_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_id_users_id_fk" FOREIGN KEY ("id") REFERENCES "auth"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_author_id_profiles_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_account_manager_id_profiles_id_fk" FOREIGN KEY ("account_manager_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_profiles_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signup_requests" ADD CONSTRAINT "signup_requests_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signup_requests" ADD CONSTRAINT "signup_requests_reviewed_by_profiles_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_events_profile_id_idx" ON "analytics_events" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "analytics_events_event_type_occurred_at_idx" ON "analytics_events" USING btree ("event_type","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_logs_table_name_record_id_idx" ON "audit_logs" USING btree ("table_name","record_id");--> statement-breakpoint
CREATE INDEX "audit_logs_actor_id_idx" ON "audit_logs" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_logs_at_idx" ON "audit_logs" USING btree ("at");--> statement-breakpoint
CREATE INDEX "beta_access_product_id_idx" ON "beta_access" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "beta_access_profile_id_idx" ON "beta_access" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "beta_access_company_id_idx" ON "beta_access" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "beta_access_granted_by_idx" ON "beta_access" USING btree ("granted_by");--> statement-breakpoint
CREATE UNIQUE INDEX "beta_builds_product_id_version_key" ON "beta_builds" USING btree ("product_id","version");--> statement-breakpoint
CREATE INDEX "beta_builds_published_at_idx" ON "beta_builds" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "beta_feedback_build_id_idx" ON "beta_feedback" USING btree ("build_id");--> statement-breakpoint
CREATE INDEX "beta_feedback_profile_id_idx" ON "beta_feedback" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "beta_invite_codes_product_id_idx" ON "beta_invite_codes" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "beta_invite_codes_created_by_idx" ON "beta_invite_codes" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "companies_account_manager_id_idx" ON "companies" USING btree ("account_manager_id");--> statement-breakpoint
CREATE INDEX "companies_status_idx" ON "companies" USING btree ("status");--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "companies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "contacts_company_id_idx" ON "contacts" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "contacts_profile_id_idx" ON "contacts" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "contacts_email_idx" ON "contacts" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "email_templates_key_locale_key" ON "email_templates" USING btree ("key","locale");--> statement-breakpoint
CREATE INDEX "email_templates_updated_by_idx" ON "email_templates" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "notifications_recipient_profile_id_idx" ON "notifications" USING btree ("recipient_profile_id");--> statement-breakpoint
CREATE INDEX "notifications_due_idx" ON "notifications" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notes_company_id_idx" ON "notes" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "notes_contact_id_idx" ON "notes" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "notes_project_id_idx" ON "notes" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "notes_signup_request_id_idx" ON "notes" USING btree ("signup_request_id");--> statement-breakpoint
CREATE INDEX "notes_author_id_idx" ON "notes" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "page_revisions_page_id_revision_key" ON "page_revisions" USING btree ("page_id","revision");--> statement-breakpoint
CREATE INDEX "page_revisions_saved_by_idx" ON "page_revisions" USING btree ("saved_by");--> statement-breakpoint
CREATE INDEX "pages_status_idx" ON "pages" USING btree ("status");--> statement-breakpoint
CREATE INDEX "pages_author_id_idx" ON "pages" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "profiles_company_id_idx" ON "profiles" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "profiles_role_idx" ON "profiles" USING btree ("role");--> statement-breakpoint
CREATE INDEX "project_updates_project_id_created_at_idx" ON "project_updates" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "project_updates_author_id_idx" ON "project_updates" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "project_updates_visibility_idx" ON "project_updates" USING btree ("visibility");--> statement-breakpoint
CREATE INDEX "projects_company_id_idx" ON "projects" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "projects_account_manager_id_idx" ON "projects" USING btree ("account_manager_id");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");--> statement-breakpoint
CREATE INDEX "projects_due_date_idx" ON "projects" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "tasks_project_id_idx" ON "tasks" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_id_idx" ON "tasks" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "tasks_status_idx" ON "tasks" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "signup_requests_profile_id_key" ON "signup_requests" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "signup_requests_reviewed_by_idx" ON "signup_requests" USING btree ("reviewed_by");--> statement-breakpoint
CREATE INDEX "signup_requests_status_submitted_at_idx" ON "signup_requests" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE POLICY "visitors record anonymous events" ON "analytics_events" AS PERMISSIVE FOR INSERT TO "anon" WITH CHECK ("analytics_events"."profile_id" is null);--> statement-breakpoint
CREATE POLICY "members record their own events" ON "analytics_events" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ("analytics_events"."profile_id" is null or "analytics_events"."profile_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "staff read events" ON "analytics_events" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "service role manages analytics_events" ON "analytics_events" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read the audit log" ON "audit_logs" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "service role reads the audit log" ON "audit_logs" AS PERMISSIVE FOR SELECT TO "service_role" USING (true);--> statement-breakpoint
CREATE POLICY "staff and grantees read grants" ON "beta_access" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()) or "beta_access"."profile_id" = (select auth.uid()) or "beta_access"."company_id" = (select private.current_company_id()));--> statement-breakpoint
CREATE POLICY "admins grant beta access" ON "beta_access" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins change grants" ON "beta_access" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_admin())) WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins delete grants" ON "beta_access" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages beta_access" ON "beta_access" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff and granted clients read published builds" ON "beta_builds" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()) or ("beta_builds"."published_at" <= now() and (select private.has_beta_access("beta_builds"."product_id"))));--> statement-breakpoint
CREATE POLICY "admins create builds" ON "beta_builds" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins update builds" ON "beta_builds" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_admin())) WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins delete builds" ON "beta_builds" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages beta_builds" ON "beta_builds" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read all feedback and testers their own" ON "beta_feedback" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()) or "beta_feedback"."profile_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "testers give feedback on builds they can see" ON "beta_feedback" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ("beta_feedback"."profile_id" = (select auth.uid()) and "beta_feedback"."build_id" in (select b.id from public.beta_builds b));--> statement-breakpoint
CREATE POLICY "admins delete feedback" ON "beta_feedback" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages beta_feedback" ON "beta_feedback" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read invite codes" ON "beta_invite_codes" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "admins create invite codes" ON "beta_invite_codes" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins update invite codes" ON "beta_invite_codes" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_admin())) WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins delete invite codes" ON "beta_invite_codes" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages beta_invite_codes" ON "beta_invite_codes" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff and granted clients read products" ON "products" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()) or (select private.has_beta_access("products"."id")));--> statement-breakpoint
CREATE POLICY "admins create products" ON "products" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins update products" ON "products" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_admin())) WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins delete products" ON "products" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages products" ON "products" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff and the company's clients read a company" ON "companies" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()) or "companies"."id" = (select private.current_company_id()));--> statement-breakpoint
CREATE POLICY "staff create companies" ON "companies" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff update companies" ON "companies" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_staff())) WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "admins delete companies" ON "companies" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages companies" ON "companies" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read contacts" ON "contacts" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff create contacts" ON "contacts" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff update contacts" ON "contacts" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_staff())) WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff delete contacts" ON "contacts" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "service role manages contacts" ON "contacts" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read templates" ON "email_templates" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "admins create templates" ON "email_templates" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins edit templates" ON "email_templates" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_admin())) WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins delete templates" ON "email_templates" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages email_templates" ON "email_templates" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read the outbox" ON "notifications" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "service role manages notifications" ON "notifications" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read notes" ON "notes" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff write notes as themselves" ON "notes" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_staff()) and "notes"."author_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "authors edit their notes" ON "notes" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_staff()) and "notes"."author_id" = (select auth.uid())) WITH CHECK ((select private.is_staff()) and "notes"."author_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "authors and admins delete notes" ON "notes" AS PERMISSIVE FOR DELETE TO "authenticated" USING (((select private.is_staff()) and "notes"."author_id" = (select auth.uid())) or (select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages notes" ON "notes" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read revisions" ON "page_revisions" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "service role manages page_revisions" ON "page_revisions" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "visitors read published pages" ON "pages" AS PERMISSIVE FOR SELECT TO "anon" USING ("pages"."status" = 'published');--> statement-breakpoint
CREATE POLICY "members read published pages and staff read all" ON "pages" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("pages"."status" = 'published' or (select private.is_staff()));--> statement-breakpoint
CREATE POLICY "admins create pages" ON "pages" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins edit pages" ON "pages" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_admin())) WITH CHECK ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "admins delete pages" ON "pages" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages pages" ON "pages" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "people read their own profile and staff read all" ON "profiles" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("profiles"."id" = (select auth.uid()) or (select private.is_staff()));--> statement-breakpoint
CREATE POLICY "people update their own profile and staff update all" ON "profiles" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ("profiles"."id" = (select auth.uid()) or (select private.is_staff())) WITH CHECK ("profiles"."id" = (select auth.uid()) or (select private.is_staff()));--> statement-breakpoint
CREATE POLICY "admins delete profiles" ON "profiles" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages profiles" ON "profiles" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff and the company's clients read client-visible updates" ON "project_updates" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()) or ("project_updates"."visibility" = 'client' and "project_updates"."project_id" in (select p.id from public.projects p where p.company_id = (select private.current_company_id()))));--> statement-breakpoint
CREATE POLICY "staff post updates as themselves" ON "project_updates" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_staff()) and "project_updates"."author_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "staff edit updates" ON "project_updates" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_staff())) WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff delete updates" ON "project_updates" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "service role manages project_updates" ON "project_updates" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff and the company's clients read projects" ON "projects" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()) or "projects"."company_id" = (select private.current_company_id()));--> statement-breakpoint
CREATE POLICY "staff create projects" ON "projects" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff update projects" ON "projects" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_staff())) WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "admins delete projects" ON "projects" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages projects" ON "projects" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "staff read tasks" ON "tasks" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff create tasks" ON "tasks" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff update tasks" ON "tasks" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_staff())) WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff delete tasks" ON "tasks" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "service role manages tasks" ON "tasks" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "applicants read their own request and staff read all" ON "signup_requests" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("signup_requests"."profile_id" = (select auth.uid()) or (select private.is_staff()));--> statement-breakpoint
CREATE POLICY "staff review requests" ON "signup_requests" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select private.is_staff())) WITH CHECK ((select private.is_staff()));--> statement-breakpoint
CREATE POLICY "admins delete requests" ON "signup_requests" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select private.is_admin()));--> statement-breakpoint
CREATE POLICY "service role manages signup_requests" ON "signup_requests" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);
CREATE TYPE "public"."delivery_status" AS ENUM('delivered', 'delayed', 'bounced', 'complained');--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "email_bounced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "delivery_status" "delivery_status";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "delivery_updated_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "notifications_provider_message_id_idx" ON "notifications" USING btree ("provider_message_id");
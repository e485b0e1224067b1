CREATE TYPE "public"."color_theme" AS ENUM('light', 'dark', 'system');--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "theme" "color_theme" DEFAULT 'system' NOT NULL;
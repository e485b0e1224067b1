// CMS pages and email templates, edited by admins.
import { createInsertSchema, createUpdateSchema } from "drizzle-zod";
import { z } from "zod/v4";
import { limits } from "../limits";
import { emailTemplates } from "../schema/email";
import { pages } from "../schema/pages";
import { optionalText, requiredText } from "./fields";

const pageFields = {
  slug: () =>
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, {
        error: "Use lower-case words separated by dashes (and / for sections)",
      }),
  title: () => requiredText("Title"),
  seo_title: () => optionalText("SEO title"),
  seo_description: () => optionalText("SEO description", limits.seoDescription),
};

export const insertPageSchema = createInsertSchema(pages, pageFields).omit({
  id: true,
  created_at: true,
  updated_at: true,
  published_at: true,
  author_id: true,
});
export const updatePageSchema = createUpdateSchema(pages, pageFields).omit({
  id: true,
  created_at: true,
  updated_at: true,
  published_at: true,
  author_id: true,
});

const templateFields = {
  key: () =>
    z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_.]*$/, { error: "Use a key such as request.approved" }),
  locale: () => z.string().regex(/^[a-z]{2}$/, { error: "Use a two-letter language code" }),
  subject: () => requiredText("Subject"),
  html: () => requiredText("HTML body", 200_000),
  text: () => requiredText("Text body", 100_000),
};

export const updateEmailTemplateSchema = createUpdateSchema(emailTemplates, templateFields).omit({
  id: true,
  created_at: true,
  updated_at: true,
  updated_by: true,
});

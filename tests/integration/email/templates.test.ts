// The seeded email templates: every key the database enqueues exists in en and fr, renders with
// its variables, and escapes user-supplied values in the HTML part only.
import postgres from "postgres";
import { matchPath } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderTemplate, templateVariables } from "../../../db/email/render";
import { adminPageRoutes, adminResourcePaths } from "../../../db/routes/admin";
import { portalPaths } from "../../../db/routes/portal";
import type { EmailTemplate } from "../../../db/schema/email";
import { emailLinks } from "../../../supabase/functions/_shared/email-links";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const KEYS = [
  "auth.signup",
  "auth.magiclink",
  "auth.recovery",
  "auth.invite",
  "auth.email_change",
  "auth.reauthentication",
  "request.confirmed",
  "request.approved",
  "request.rejected",
  "request.reminder",
  "request.review_reminder",
  "beta.granted",
  "project.update",
  "mfa.reset",
  "people.invite",
];
const HOSTILE = `<script>alert("x")</script> O'Brien & Co`;

let db: TestDatabase;
let templates: Pick<EmailTemplate, "key" | "locale" | "subject" | "html" | "text">[];

beforeAll(async () => {
  db = await createTestDatabase();
  const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
  try {
    templates =
      await sql`select key, locale, subject, html, text from public.email_templates order by key, locale`;
  } finally {
    await sql.end();
  }
});
afterAll(() => db?.drop());

describe("email templates", () => {
  it("exist for every key in en and fr", () => {
    const have = new Set(templates.map((template) => `${template.key}:${template.locale}`));
    const missing = KEYS.flatMap((key) => [`${key}:en`, `${key}:fr`]).filter(
      (name) => !have.has(name),
    );
    expect(missing).toEqual([]);
  });

  it("render every key with its variables, escaping values in HTML only", () => {
    for (const template of templates) {
      const variables = templateVariables(template);
      expect(variables.length, `${template.key}:${template.locale}`).toBeGreaterThan(0);
      const data = Object.fromEntries(variables.map((name) => [name, HOSTILE]));
      const rendered = renderTemplate(template, data);
      for (const part of [rendered.subject, rendered.html, rendered.text]) {
        expect(part).not.toMatch(/\{\{/);
      }
      expect(rendered.html).not.toContain("<script>");
      expect(rendered.html).toContain(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; Co",
      );
      expect(rendered.text).toContain(HOSTILE);
      expect(rendered.html).toMatch(/^<!doctype html>/i);
    }
  });

  it("give auth emails both the confirm link and the 6-digit code", () => {
    const linked = templates.filter(
      (item) => item.key.startsWith("auth.") && item.key !== "auth.reauthentication",
    );
    for (const template of linked) {
      const rendered = renderTemplate(template, {
        confirm_url: "http://portal.test/auth/confirm?token_hash=h&type=signup",
        token: "123456",
        email: "ada@example.com",
      });
      expect(rendered.html).toContain(
        'href="http://portal.test/auth/confirm?token_hash=h&amp;type=signup"',
      );
      expect(rendered.html).toContain("123456");
      expect(rendered.text).toContain("http://portal.test/auth/confirm?token_hash=h&type=signup");
      expect(rendered.text).toContain("123456");
    }
  });

  it("give the reauthentication email the code to type and no link", () => {
    const reauth = templates.filter((item) => item.key === "auth.reauthentication");
    expect(reauth.map((item) => item.locale)).toEqual(["en", "fr"]);
    for (const template of reauth) {
      const rendered = renderTemplate(template, { token: "123456", email: "ada@example.com" });
      expect(rendered.html).toContain("123456");
      expect(rendered.text).toContain("123456");
      expect(rendered.html).not.toContain("href=");
      expect(rendered.text).not.toContain("http");
    }
  });

  it("link only to pages the portal and the admin have", () => {
    const origins = { portalUrl: "http://portal.test", adminUrl: "http://admin.test" };
    const links = emailLinks({ request_id: "42" }, origins);
    const portalPatterns = Object.values(portalPaths);
    // The admin's root opens its first page.
    const adminPatterns = ["/", ...Object.values(adminResourcePaths)].flatMap((list) => [
      list,
      ...Object.values(adminPageRoutes).map((page) => `${list}/${page}`),
    ]);
    for (const template of templates) {
      const data: Record<string, string> = {
        ...Object.fromEntries(templateVariables(template).map((name) => [name, "x"])),
        ...links,
        confirm_url: "http://portal.test/auth/confirm?token_hash=h&type=signup",
      };
      const rendered = renderTemplate(template, data);
      const urls = `${rendered.html} ${rendered.text}`.match(
        /http:\/\/(portal|admin)\.test[^\s"'<]*/g,
      );
      for (const url of urls ?? []) {
        const { host, pathname } = new URL(url.replaceAll("&amp;", "&"));
        const patterns = host === "portal.test" ? portalPatterns : adminPatterns;
        const known = patterns.some((pattern) => matchPath(pattern, pathname) !== null);
        expect(known, `${template.key} (${template.locale}) links to ${url}`).toBe(true);
      }
    }
  });
});

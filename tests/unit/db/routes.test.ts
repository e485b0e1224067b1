// The apps' addresses are built from one plain-data module per app, for the routers and for the
// links that emails and edge functions write.
import { adminPath, adminUrl } from "@db/routes/admin";
import { fillPath, portalPath, portalUrl } from "@db/routes/portal";
import { describe, expect, it } from "vitest";
import { emailLinks } from "../../../supabase/functions/_shared/email-links";

describe("portal routes", () => {
  it("fills a page's parameters, URL-encoded", () => {
    expect(portalPath("status")).toBe("/");
    expect(portalPath("project", { id: "3f2c 1/2" })).toBe("/projects/3f2c%201%2F2");
  });

  it("builds an absolute link with a query, whatever slashes the origin ends with", () => {
    expect(
      portalUrl("https://portal.example//", "confirm", {}, { type: "signup", next: "/a b" }),
    ).toBe("https://portal.example/auth/confirm?type=signup&next=%2Fa+b");
  });

  it("refuses a path whose parameter is missing, rather than linking to /projects/:id", () => {
    expect(() => fillPath("/projects/:id", {})).toThrow("/projects/:id needs the parameter id");
  });
});

describe("admin routes", () => {
  it("derives each page from the resource's list path", () => {
    expect(adminPath("profiles", "list")).toBe("/people");
    expect(adminPath("companies", "edit")).toBe("/companies/edit/:id");
    expect(adminUrl("https://admin.example/", "signup_requests", "show", "42")).toBe(
      "https://admin.example/signup-requests/42",
    );
  });
});

describe("emailLinks", () => {
  const origins = { portalUrl: "https://portal.example", adminUrl: "https://admin.example" };

  it("links a row about a sign-up request to its review page", () => {
    expect(emailLinks({ request_id: "9b1e" }, origins)).toEqual({
      portal_url: "https://portal.example",
      admin_url: "https://admin.example",
      confirm_page_url: "https://portal.example/auth/confirm?type=signup",
      beta_url: "https://portal.example/beta",
      review_url: "https://admin.example/signup-requests/9b1e",
    });
  });

  it("gives no review link to a row that names no request", () => {
    expect(emailLinks({ product_slug: "atlas" }, origins)).not.toHaveProperty("review_url");
  });
});

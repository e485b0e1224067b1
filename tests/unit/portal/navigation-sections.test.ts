// Which menu entry lights up for a location.
import { describe, expect, it } from "vitest";
import { sectionOf } from "../../../portal/src/navigation-sections";

describe("sectionOf", () => {
  it("maps the home page, a list and a record under it to their section", () => {
    expect(sectionOf("/")).toBe("/");
    expect(sectionOf("/projects")).toBe("/projects");
    expect(sectionOf("/projects/3f2c1b4a-9d8e-4f70-a1b2-c3d4e5f60718")).toBe("/projects");
    expect(sectionOf("/beta")).toBe("/beta");
    expect(sectionOf("/profile")).toBe("/profile");
  });

  it("lights nothing for pages outside the menu, even when a prefix matches", () => {
    expect(sectionOf("/login")).toBe("");
    expect(sectionOf("/betamax")).toBe("");
    expect(sectionOf("/auth/confirm")).toBe("");
    expect(sectionOf("/login/code")).toBe("");
  });
});

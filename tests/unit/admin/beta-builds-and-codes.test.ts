// Builds count as published only once their time has come; suggested invite codes always pass
// the database's code rule and avoid look-alike characters.
import { describe, expect, it } from "vitest";
import { isBuildPublished } from "../../../admin/src/resources/beta/builds";
import { suggestInviteCode } from "../../../admin/src/resources/beta/invite-code";
import { productStatusOptions } from "../../../db/status/beta";
import { insertInviteCodeSchema } from "../../../db/validation/beta";

describe("isBuildPublished", () => {
  const now = new Date("2026-11-26T12:00:00Z");

  it("keeps a build without a publication time unpublished", () => {
    expect(isBuildPublished({ published_at: null }, now)).toBe(false);
  });

  it("publishes a build at its publication time, not before", () => {
    expect(isBuildPublished({ published_at: "2026-11-26T12:00:00Z" }, now)).toBe(true);
    expect(isBuildPublished({ published_at: "2026-11-26T12:00:01Z" }, now)).toBe(false);
  });
});

describe("suggestInviteCode", () => {
  it("gives two dash-separated groups of four from the given randomness", () => {
    expect(suggestInviteCode(() => 0)).toBe("AAAA-AAAA");
    expect(suggestInviteCode(() => 0.999_999)).toBe("9999-9999");
  });

  it("suggests codes that db/validation accepts and that avoid 0, O, 1, I and L", () => {
    for (let i = 0; i < 200; i += 1) {
      const code = suggestInviteCode();
      expect(insertInviteCodeSchema.shape.code.safeParse(code).success).toBe(true);
      expect(code).not.toMatch(/[0O1IL]/);
    }
  });
});

describe("productStatusOptions", () => {
  it("offers every product status the database allows, in order", () => {
    expect(productStatusOptions.map((option) => option.label)).toEqual([
      "Draft",
      "In beta",
      "Released",
      "Retired",
    ]);
  });
});

describe("insertInviteCodeSchema's last day", () => {
  const code = {
    product_id: "6f1c2b7e-0000-4000-8000-000000000001",
    code: "ABCD-EFGH",
    max_uses: 1,
  };
  const issuesOf = (expires_at: string | null) => {
    const parsed = insertInviteCodeSchema.safeParse({ ...code, expires_at });
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.message]);
  };

  it("refuses a code that ran out before it was made, next to its last day", () => {
    expect(issuesOf("2020-01-01T23:59:59.999Z")).toEqual([
      [["expires_at"], "Pick a day that has not passed"],
    ]);
  });

  it("takes a code without a last day or with one still to come", () => {
    expect(issuesOf(null)).toEqual([]);
    expect(issuesOf(new Date(Date.now() + 86_400_000).toISOString())).toEqual([]);
  });
});

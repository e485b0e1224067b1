// A grant reads as who holds it and whether it still opens the download page, and granting asks
// a question that says who gets emailed.
import { describe, expect, it } from "vitest";
import { grantConfirmation, granteeName } from "../../../admin/src/resources/beta/grants";
import { grantState } from "../../../db/status/beta";

const now = new Date("2026-11-26T12:00:00Z");

describe("grantState", () => {
  it("calls a grant without revocation or expiry live", () => {
    expect(grantState({ revoked_at: null, expires_at: null }, now)).toBe("live");
  });

  it("calls a grant expiring later live and one whose expiry has come expired", () => {
    expect(grantState({ revoked_at: null, expires_at: "2026-11-27T00:00:00Z" }, now)).toBe("live");
    expect(grantState({ revoked_at: null, expires_at: "2026-11-26T12:00:00Z" }, now)).toBe(
      "expired",
    );
  });

  it("calls a revoked grant revoked even before its expiry", () => {
    expect(
      grantState({ revoked_at: "2026-11-20T00:00:00Z", expires_at: "2027-01-01T00:00:00Z" }, now),
    ).toBe("revoked");
  });
});

describe("granteeName", () => {
  it("names a person, falling back to their address when they have no name", () => {
    expect(
      granteeName({ profile: { full_name: "Clara Client", email: "c@x.test" }, company: null }),
    ).toBe("Clara Client");
    expect(granteeName({ profile: { full_name: "  ", email: "c@x.test" }, company: null })).toBe(
      "c@x.test",
    );
  });

  it("names a company grant after the company", () => {
    expect(granteeName({ profile: null, company: { name: "Globex Corporation" } })).toBe(
      "Globex Corporation",
    );
  });
});

describe("grantConfirmation", () => {
  it("tells the admin that a person gets an email with the download page", () => {
    expect(grantConfirmation("person", "Clara Client")).toEqual({
      title: "Grant Clara Client access?",
      description: "They get an email with the download page.",
    });
  });

  it("tells the admin that every client of a company gets the email", () => {
    expect(grantConfirmation("company", "Globex").description).toMatch(/every client/i);
  });
});

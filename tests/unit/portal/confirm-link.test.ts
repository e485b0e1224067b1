// The confirm page's reading of an Auth email link: which kind, which token, where to go next.
import { describe, expect, it } from "vitest";
import {
  needsPassword,
  parseConfirmLink,
  safeNext,
} from "../../../portal/src/pages/auth/confirm-link";

const origin = "https://portal.test";
const hash = "2f1d0c9b8a7e6f5d4c3b2a1908f7e6d5c4b3a2918f7e6d5c4b3a2918";

describe("parseConfirmLink", () => {
  it("reads the token hash, the kind and a redirect on this portal", () => {
    const search = `?token_hash=${hash}&type=signup&redirect_to=${encodeURIComponent(`${origin}/projects?tab=1#top`)}`;
    expect(parseConfirmLink(search, origin)).toEqual({
      ok: true,
      tokenHash: hash,
      type: "signup",
      next: "/projects?tab=1#top",
    });
  });

  it("accepts every kind Auth mails and PKCE hashes", () => {
    for (const type of ["signup", "invite", "magiclink", "recovery", "email_change", "email"]) {
      expect(parseConfirmLink(`?token_hash=pkce_${hash}&type=${type}`, origin)).toMatchObject({
        ok: true,
        type,
      });
    }
  });

  it("refuses a missing or mangled token and an unknown kind, keeping what it can", () => {
    expect(parseConfirmLink("?type=recovery", origin)).toEqual({
      ok: false,
      type: "recovery",
      next: "/",
      reason: "missing",
    });
    expect(parseConfirmLink(`?token_hash=${hash.slice(0, 8)}&type=signup`, origin).ok).toBe(false);
    expect(parseConfirmLink(`?token_hash=<script>&type=signup`, origin).ok).toBe(false);
    expect(parseConfirmLink(`?token_hash=${hash}&type=sms`, origin)).toEqual({
      ok: false,
      type: "signup",
      next: "/",
      reason: "malformed",
    });
  });
});

describe("safeNext", () => {
  it("never leaves the portal", () => {
    expect(safeNext("https://evil.test/steal", origin)).toBe("/");
    expect(safeNext("//evil.test/steal", origin)).toBe("/");
    expect(safeNext("javascript:alert(1)", origin)).toBe("/");
    expect(safeNext("http://portal.test/", origin)).toBe("/");
    expect(safeNext(null, origin)).toBe("/");
    expect(safeNext(`${origin}/auth/confirm?type=signup`, origin)).toBe("/");
  });

  it("keeps a path on the portal, relative or absolute", () => {
    expect(safeNext("/beta?x=1", origin)).toBe("/beta?x=1");
    expect(safeNext(`${origin}/welcome`, origin)).toBe("/welcome");
  });
});

describe("needsPassword", () => {
  it("asks for a password after recovery and invitation links only", () => {
    expect(needsPassword("recovery")).toBe(true);
    expect(needsPassword("invite")).toBe(true);
    expect(needsPassword("signup")).toBe(false);
    expect(needsPassword("magiclink")).toBe(false);
  });
});

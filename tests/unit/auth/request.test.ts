// Redirect targets checked like GoTrue: the Site URL's host or an allow-list glob, else Site URL.
import { describe, expect, it } from "vitest";
import { safeRedirect } from "../../../supabase/local/auth/request";

const config = {
  siteUrl: "http://localhost:5174",
  uriAllowList: ["http://localhost:5173/**", "https://*.atrium.example/callback"],
};

describe("safeRedirect", () => {
  it("keeps URLs on the Site URL's host and allow-listed ones", () => {
    expect(safeRedirect(config, "http://localhost:5174/welcome")).toBe(
      "http://localhost:5174/welcome",
    );
    expect(safeRedirect(config, "http://localhost:5173/reset?x=1")).toBe(
      "http://localhost:5173/reset?x=1",
    );
    expect(safeRedirect(config, "https://app.atrium.example/callback")).toBe(
      "https://app.atrium.example/callback",
    );
  });

  it("falls back to the Site URL for anything else", () => {
    expect(safeRedirect(config, "https://evil.example/steal")).toBe("http://localhost:5174");
    expect(safeRedirect(config, "https://a.b.atrium.example/callback")).toBe(
      "http://localhost:5174",
    );
    expect(safeRedirect(config, "not a url")).toBe("http://localhost:5174");
    expect(safeRedirect(config, undefined)).toBe("http://localhost:5174");
  });
});

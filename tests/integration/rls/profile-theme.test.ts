// The admin's light/dark choice lives on the profile (drizzle/0026_profile_theme): each person
// changes their own, nobody changes someone else's (not even staff, who may update the rest of a
// profile), and setting it opens no way to the privileged columns.
import type postgres from "postgres";
import { describe, expect, inject, it } from "vitest";
import { attempt as attemptAs, type Caller, signedIn } from "../../support/as-role";
import { databaseForFile } from "../../support/database";

const world = inject("demoWorld");
const db = databaseForFile("atrium_seeded");

const clientA = signedIn(world.users.clientA);
const team = signedIn(world.users.team, "aal2");
const admin = signedIn(world.users.admin, "aal2");

/** Runs `work` as `caller` (rolled back) and says how it went, or what it returned. */
const attempt = (caller: Caller, work: (tx: postgres.ReservedSql) => Promise<unknown>) =>
  attemptAs(db.api, caller, work);

describe("profiles.theme", () => {
  it("starts as system for every seeded person", async () => {
    const rows = await db.owner`select distinct theme from profiles`;
    expect(rows).toEqual([{ theme: "system" }]);
  });

  it("lets a client set their own theme and read it back", async () => {
    const value = await attempt(clientA, async (tx) => {
      const updated = await tx`update profiles set theme = 'dark'
        where id = ${world.users.clientA} returning id`;
      const [row] = await tx`select theme from profiles where id = ${world.users.clientA}`;
      return { updated: updated.length, theme: row?.theme };
    });
    expect(value).toEqual({ updated: 1, theme: "dark" });
  });

  it("lets staff set their own theme", async () => {
    for (const [caller, id] of [
      [team, world.users.team],
      [admin, world.users.admin],
    ] as const) {
      const value = await attempt(
        caller,
        (tx) => tx`update profiles set theme = 'light' where id = ${id} returning theme`,
      );
      expect(value).toEqual([{ theme: "light" }]);
    }
  });

  it("matches no row when a client sets another person's theme", async () => {
    const value = await attempt(
      clientA,
      (tx) => tx`update profiles set theme = 'dark' where id = ${world.users.clientB} returning id`,
    );
    expect(value).toEqual([]);
  });

  it("refuses a team member or an admin setting someone else's theme", async () => {
    for (const caller of [team, admin]) {
      expect(
        await attempt(
          caller,
          (tx) => tx`update profiles set theme = 'dark' where id = ${world.users.clientA}`,
        ),
      ).toBe("42501 Only its owner can change a theme");
    }
  });

  it("still lets staff change the rest of someone's profile", async () => {
    const value = await attempt(
      team,
      (tx) =>
        tx`update profiles set full_name = 'Clara C.' where id = ${world.users.clientA} returning full_name, theme`,
    );
    expect(value).toEqual([{ full_name: "Clara C.", theme: "system" }]);
  });

  it("refuses a value that is not light, dark or system", async () => {
    const value = await attempt(
      clientA,
      (tx) => tx`update profiles set theme = 'neon' where id = ${world.users.clientA}`,
    );
    expect(value).toBe('22P02 invalid input value for enum color_theme: "neon"');
  });

  it("does not carry a role change along with a theme change", async () => {
    expect(
      await attempt(
        clientA,
        (tx) =>
          tx`update profiles set theme = 'dark', role = 'admin' where id = ${world.users.clientA}`,
      ),
    ).toBe("42501 Only an admin can change a role");
  });
});

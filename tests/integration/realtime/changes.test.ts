// postgres_changes through the real realtime-js: changes made through REST and with plain SQL
// reach exactly the subscribers RLS lets see them, in commit order, narrowed by filters.
import { liveProvider } from "@refinedev/supabase";
import type { SupabaseClient } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import {
  type Change,
  clientWithToken,
  insertProject,
  realtimeForFile,
  waitFor,
  watch,
  worldClient,
} from "./helpers";

const clients: SupabaseClient[] = [];
const file = realtimeForFile(clients);

const clientAs = (userId: string) => worldClient(file, clients, userId);

/** A change's new row (empty for a DELETE). */
const fresh = (change: Change): Record<string, unknown> => change.new;

/** One column of each change's new row. */
const newValues = (changes: Change[], column: string) =>
  changes.map((change) => fresh(change)[column]);

const names = (changes: Change[], type: string) =>
  changes
    .filter((change) => change.eventType === type)
    .map((change) => (change.eventType === "DELETE" ? change.old : change.new).name);

describe("postgres_changes", () => {
  it("delivers each company's project changes only to its client and to staff, in commit order", async () => {
    const [a, b, team] = await Promise.all([
      clientAs(file.world.clientA),
      clientAs(file.world.clientB),
      clientAs(file.world.team),
    ]);
    const [watchA, watchB, watchTeam] = await Promise.all([
      watch(a, "projects"),
      watch(b, "projects"),
      watch(team, "projects"),
    ]);

    // Through REST, as the team member (staff create projects).
    const created = await team
      .from("projects")
      .insert({ company_id: file.world.companyA, name: "Rest A1" })
      .select("id")
      .single();
    expect(created.error).toBeNull();
    // With plain SQL, outside the stack: each statement commits on its own, in this order.
    await insertProject(file.stack.db.owner, file.world.companyA, "Sql A2");
    await insertProject(file.stack.db.owner, file.world.companyB, "Sql B1");
    await insertProject(file.stack.db.owner, file.world.companyA, "Sql A3");
    await file.stack.db
      .owner`update public.projects set name = 'Sql A2 renamed', progress = 50 where name = 'Sql A2'`;

    await waitFor("team to see five changes", () => watchTeam.changes.length === 5);
    await waitFor("client A to see four changes", () => watchA.changes.length === 4);
    await waitFor("client B to see one change", () => watchB.changes.length === 1);
    expect(names(watchTeam.changes, "INSERT")).toEqual(["Rest A1", "Sql A2", "Sql B1", "Sql A3"]);
    expect(names(watchA.changes, "INSERT")).toEqual(["Rest A1", "Sql A2", "Sql A3"]);
    expect(names(watchB.changes, "INSERT")).toEqual(["Sql B1"]);

    const update = watchA.changes[3];
    expect(update?.eventType).toBe("UPDATE");
    expect(update?.new).toMatchObject({
      name: "Sql A2 renamed",
      progress: 50,
      company_id: file.world.companyA,
      details: {},
    });
    // REPLICA IDENTITY FULL (migration 0010): the old row comes whole.
    expect(update?.old).toMatchObject({ name: "Sql A2", progress: 0 });
    expect(update?.schema).toBe("public");
    expect(update?.table).toBe("projects");
    expect(update?.commit_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(update?.errors).toBeNull();
  });

  it("sends deletes to every subscriber of the table with only the primary key, as Realtime does under RLS", async () => {
    const [a, b] = await Promise.all([clientAs(file.world.clientA), clientAs(file.world.clientB)]);
    const id = await insertProject(file.stack.db.owner, file.world.companyA, "Doomed");
    const [watchA, watchB] = await Promise.all([
      watch(a, "projects", { event: "DELETE" }),
      watch(b, "projects", { event: "DELETE" }),
    ]);
    await file.stack.db.owner`delete from public.projects where id = ${id}`;
    await waitFor(
      "both clients to see the delete",
      () => watchA.changes.length === 1 && watchB.changes.length === 1,
    );
    for (const watcher of [watchA, watchB]) {
      expect(watcher.changes[0]).toMatchObject({ eventType: "DELETE", old: { id }, new: {} });
      expect(Object.keys(watcher.changes[0]?.old ?? {})).toEqual(["id"]);
    }
  });

  it("judges an update by the row after it: moving a project tells the new company, not the old", async () => {
    const [a, b] = await Promise.all([clientAs(file.world.clientA), clientAs(file.world.clientB)]);
    const mover = await insertProject(file.stack.db.owner, file.world.companyA, "Mover");
    const witness = await insertProject(file.stack.db.owner, file.world.companyA, "Witness");
    const [watchA, watchB] = await Promise.all([
      watch(a, "projects", { event: "UPDATE" }),
      watch(b, "projects", { event: "UPDATE" }),
    ]);
    await file.stack.db
      .owner`update public.projects set company_id = ${file.world.companyB} where id = ${mover}`;
    await file.stack.db.owner`update public.projects set name = 'Witness 2' where id = ${witness}`;
    await waitFor("client B to see the move", () => watchB.changes.length === 1);
    await waitFor("client A to see the later witness update", () => watchA.changes.length === 1);
    expect(fresh(watchB.changes[0] as Change)).toMatchObject({
      id: mover,
      company_id: file.world.companyB,
    });
    // Commit order: had A been sent the move, it would have come before the witness.
    expect(fresh(watchA.changes[0] as Change)).toMatchObject({ id: witness, name: "Witness 2" });
  });

  it("gives service_role a deleted row whole", async () => {
    const service = clientWithToken(
      file.stack.url,
      file.stack.keys.anonKey,
      () => file.stack.keys.serviceRoleKey,
    );
    clients.push(service);
    const id = await insertProject(file.stack.db.owner, file.world.companyA, "Whole");
    const watcher = await watch(service, "projects", { event: "DELETE" });
    await file.stack.db.owner`delete from public.projects where id = ${id}`;
    await waitFor("the delete", () => watcher.changes.length === 1);
    expect(watcher.changes[0]?.old).toMatchObject({
      id,
      name: "Whole",
      company_id: file.world.companyA,
    });
  });

  it("streams the tables the apps watch, as migrations 0010 and 0025 publish them", async () => {
    const rows = await file.stack.db.owner<{ tablename: string; full: boolean }[]>`
      select p.tablename, c.relreplident = 'f' as full from pg_publication_tables p
      join pg_class c on c.oid = format('%I.%I', p.schemaname, p.tablename)::regclass
      where p.pubname = 'supabase_realtime' order by p.tablename`;
    expect(rows).toEqual(
      ["client_notifications", "companies", "project_updates", "projects", "signup_requests"].map(
        (tablename) => ({
          tablename,
          full: true,
        }),
      ),
    );
  });

  it("keeps internal project updates from clients and shows client-visible ones", async () => {
    const [a, team] = await Promise.all([clientAs(file.world.clientA), clientAs(file.world.team)]);
    const project = await insertProject(file.stack.db.owner, file.world.companyA, "Updates");
    const [watchA, watchTeam] = await Promise.all([
      watch(a, "project_updates", { event: "INSERT" }),
      watch(team, "project_updates", { event: "INSERT" }),
    ]);
    await file.stack.db
      .owner`insert into public.project_updates (project_id, title, body, visibility)
      values (${project}, 'Internal note', 'x', 'internal')`;
    await file.stack.db
      .owner`insert into public.project_updates (project_id, title, body, visibility)
      values (${project}, 'Shipped', 'x', 'client')`;
    await waitFor("team to see both updates", () => watchTeam.changes.length === 2);
    await waitFor("client A to see the client-visible one", () => watchA.changes.length === 1);
    expect(newValues(watchTeam.changes, "title")).toEqual(["Internal note", "Shipped"]);
    expect(newValues(watchA.changes, "title")).toEqual(["Shipped"]);
  });

  it("narrows delivery with a filter", async () => {
    const team = await clientAs(file.world.team);
    const watcher = await watch(team, "projects", {
      event: "INSERT",
      filter: `company_id=eq.${file.world.companyB}`,
    });
    const inList = await watch(team, "projects", {
      event: "INSERT",
      filter: `name=in.("Filtered A","Other")`,
    });
    await insertProject(file.stack.db.owner, file.world.companyA, "Filtered A");
    await insertProject(file.stack.db.owner, file.world.companyB, "Filtered B");
    await waitFor("the company B insert", () => watcher.changes.length >= 1);
    await waitFor("the in-list insert", () => inList.changes.length >= 1);
    // A later change on the same stream proves nothing else was on its way.
    await insertProject(file.stack.db.owner, file.world.companyB, "Filtered B2");
    await waitFor("the second company B insert", () => watcher.changes.length >= 2);
    expect(newValues(watcher.changes, "name")).toEqual(["Filtered B", "Filtered B2"]);
    expect(newValues(inList.changes, "name")).toEqual(["Filtered A"]);
  });

  it("drives refine's liveProvider", async () => {
    const a = await clientAs(file.world.clientA);
    // The app's session is loaded before it subscribes; here the token is handed over first.
    await a.realtime.setAuth();
    const events: Array<{ type: string; name: unknown }> = [];
    const provider = liveProvider(a);
    const channel = provider.subscribe({
      channel: "resources/projects",
      types: ["created", "updated"],
      params: { filters: [{ field: "company_id", operator: "eq", value: file.world.companyA }] },
      callback: (event) => events.push({ type: event.type, name: event.payload.name }),
    });
    await waitFor("the live channel to join", () => channel.state === "joined");
    await insertProject(file.stack.db.owner, file.world.companyA, "Live");
    await file.stack.db.owner`update public.projects set name = 'Live 2' where name = 'Live'`;
    await waitFor("two live events", () => events.length === 2);
    expect(events).toEqual([
      { type: "created", name: "Live" },
      { type: "updated", name: "Live 2" },
    ]);
    await provider.unsubscribe?.(channel);
  });
});

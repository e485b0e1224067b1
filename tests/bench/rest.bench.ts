// REST throughput measured out of process, in one run on the same data (1k companies, 100k
// projects): each case is loaded by a separate load-generator process against ours (the real
// stack, in its own process), the floor (bare node:http + postgres.js running the same
// transaction) and raw postgres.js without HTTP. Prints req/s, p50/p99 and ours/floor ratios
// and writes them to .local/bench/latest.json. Ours, floor and raw alternate in short rounds, so
// the load of a shared machine weighs on all three alike. Figures, not pass/fail.
// Longer than ~300 lines on purpose: the seed, the cases and the round loop share one stack and
// one data set, and the cases read best beside the loop that alternates them.
// BENCH_CPU_PROF=1 runs our stack and the floor under --cpu-prof (.local/bench/profiles/{ours,floor});
// BENCH_CASES=list,rpc measures only the cases whose names contain one of those words.
// Longer than ~300 lines on purpose: the cases, the alternating rounds and the report are one
// measurement run; pieces of it elsewhere would hide what a number was measured against.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { apiKeysFor, signJwt } from "../../supabase/local/keys";
import { createTestUser } from "../support/test-users";
import { startBenchDatabase } from "./bench-database";
import { type Child, spawnChild } from "./load/child";
import { type Figures, type Samples, summarise } from "./load/figures";
import type { HttpLoadCommand } from "./load/http-load";
import type { BenchCase } from "./load/transactions";

/** Measured seconds per case and target, in ROUNDS alternating slices so drift hits all three. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4.5);
const ROUNDS = 3;
const WARMUP_SECONDS = 1;
const CONNECTIONS = 10;
/** PGRST_DB_POOL's default: the floor and raw get as many connections as ours. */
const POOL = 10;
const COMPANIES = 1_000;
const PROJECTS = 100_000;
const TASKS_PER_PROJECT = 3;
const SECRET = "bench-secret-with-at-least-32-characters!!";

interface Ids {
  company: string;
  other: string;
  client: string;
  team: string;
}

async function seed(superuser: postgres.Sql): Promise<Ids> {
  // Bulk load without triggers (audit, timestamps); FKs are satisfied by construction.
  await superuser`set session_replication_role = replica`;
  process.stdout.write(`seeding: ${COMPANIES} companies`);
  await superuser`insert into public.companies (name, status)
    select 'Company ' || i, (array['lead','active','churned'])[1 + i % 3]::public.company_status
    from generate_series(1, ${COMPANIES}::int) i`;
  const step = 20_000;
  for (let done = 0; done < PROJECTS; done += step) {
    await superuser`insert into public.projects (company_id, name, status, progress, due_date)
      select c.id, 'Project ' || i, (array['pending','active','on_hold','completed'])[1 + i % 4]::public.project_status,
             i % 101, date '2026-01-01' + (i % 365)
      from generate_series(${done + 1}::int, ${done + step}::int) i
      join (select id, row_number() over (order by id) as n from public.companies) c on c.n = 1 + i % ${COMPANIES}::int`;
    process.stdout.write(`\rseeding: ${COMPANIES} companies, ${done + step}/${PROJECTS} projects`);
  }
  await superuser`set session_replication_role = origin`;
  const [company] = await superuser<
    { id: string }[]
  >`select id from public.companies order by id limit 1`;
  const companyId = company?.id ?? "";
  // Inserts go to another company, so the listed company keeps its 100 projects throughout.
  const [other] = await superuser<
    { id: string }[]
  >`select id from public.companies order by id desc limit 1`;
  const otherId = other?.id ?? "";
  const client = crypto.randomUUID();
  const team = crypto.randomUUID();
  for (const [id, role, companyOf] of [
    [client, "client", companyId],
    [team, "team", null],
  ] as const) {
    await createTestUser(superuser, {
      id,
      role,
      companyId: companyOf,
      email: `${role}@bench.test`,
    });
  }
  // Tasks for the listed company's projects (the embed's second level), assigned to the team user.
  await superuser`insert into public.tasks (project_id, title, status, assignee_id)
    select p.id, 'Task ' || t, (array['todo','in_progress','done'])[t]::public.task_status, ${team}
    from public.projects p, generate_series(1, ${TASKS_PER_PROJECT}::int) t
    where p.company_id = ${companyId}`;
  // The RPC case: a stable, set-free function made for the bench only (none in the schema fits).
  await superuser.unsafe(`create function public.bench_project_count(company uuid) returns integer
    language sql stable as $$ select count(*)::int from public.projects where company_id = company $$`);
  await superuser.unsafe(
    "grant execute on function public.bench_project_count(uuid) to authenticated",
  );
  await superuser`analyze`;
  process.stdout.write("\n");
  return { company: companyId, other: otherId, client, team };
}

function cases(ids: Ids, projectId: string, anonKey: string, tokens: Record<string, string>) {
  const headers = (token: string, extra: Record<string, string> = {}) => ({
    apikey: anonKey,
    authorization: `Bearer ${token}`,
    "accept-profile": "public",
    "content-profile": "public",
    "content-type": "application/json",
    ...extra,
  });
  const client = tokens.client ?? "";
  const team = tokens.team ?? "";
  const list: BenchCase[] = [
    {
      name: "list (RLS, filter, order, 25, count=exact)",
      method: "GET",
      path: `/projects?select=*&company_id=eq.${ids.company}&status=eq.active&order=due_date.desc,id.asc&offset=0&limit=25`,
      headers: headers(client, { prefer: "count=exact" }),
      body: null,
    },
    {
      name: "single row by id",
      method: "GET",
      path: `/projects?select=*&id=eq.${projectId}`,
      headers: headers(client),
      body: null,
    },
    {
      name: "insert (return=representation)",
      method: "POST",
      path: "/projects?select=*",
      headers: headers(team, { prefer: "return=representation" }),
      body: JSON.stringify({ company_id: ids.other, name: "Bench insert" }),
    },
    {
      name: "embed, two levels",
      method: "GET",
      path: `/projects?select=id,name,tasks(id,title,status,assignee:profiles(id,email))&company_id=eq.${ids.company}&order=id.asc&limit=10`,
      headers: headers(team),
      body: null,
    },
    {
      name: "rpc (stable function)",
      method: "POST",
      path: "/rpc/bench_project_count",
      headers: headers(client),
      body: JSON.stringify({ company: ids.company }),
    },
  ];
  return list;
}

/** One request to ours and to the floor: same status, and the same body for reads. */
async function checkFloorMatches(oursUrl: string, floorUrl: string, item: BenchCase) {
  const send = async (base: string) => {
    const response = await fetch(`${base}/rest/v1${item.path}`, {
      method: item.method,
      headers: item.headers,
      body: item.body ?? undefined,
    });
    return { status: response.status, body: await response.text() };
  };
  const [a, b] = [await send(oursUrl), await send(floorUrl)];
  if (a.status !== b.status || (item.method === "GET" && a.body !== b.body)) {
    throw new Error(
      `${item.name}: the floor answers ${b.status} ${b.body.slice(0, 200)} where ours answers ${a.status} ${a.body.slice(0, 200)}`,
    );
  }
}

const cell = (f: Figures) =>
  `${String(f.reqs_per_s).padStart(6)} ${f.p50_ms.toFixed(2).padStart(6)} ${f.p99_ms.toFixed(2).padStart(6)}`;

const errors = (...figures: Figures[]) => {
  const failed = figures.reduce((sum, f) => sum + f.errors, 0);
  return failed > 0 ? ` (${failed} failed requests)` : "";
};

export default async function benchRest(): Promise<void> {
  const db = await startBenchDatabase("rest");
  const superuser = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
  const profileDir = path.resolve(".local/bench/profiles");
  const children: Child[] = [];
  try {
    const ids = await seed(superuser);
    const [one] = await superuser<
      { id: string }[]
    >`select id from public.projects where company_id = ${ids.company} order by id limit 1`;
    const keys = await apiKeysFor(SECRET);
    // Staff act only at aal2 (migration 0015_staff_aal2); the client signs in with a password.
    const token = (sub: string, aal: "aal1" | "aal2") =>
      signJwt(SECRET, { sub, role: "authenticated", aud: "authenticated", aal }, 3600);
    const wanted = (process.env.BENCH_CASES ?? "").split(",").filter(Boolean);
    const all = cases(ids, one?.id ?? "", keys.anonKey, {
      client: await token(ids.client, "aal1"),
      team: await token(ids.team, "aal2"),
    }).filter((item) => wanted.length === 0 || wanted.some((word) => item.name.includes(word)));

    const profiling = process.env.BENCH_CPU_PROF === "1";
    if (profiling) {
      await mkdir(profileDir, { recursive: true });
    }
    const ours = spawnChild(
      "stack-server.ts",
      { ownerUrl: db.ownerUrl, secret: SECRET },
      profiling ? ["--cpu-prof", "--cpu-prof-dir", path.join(profileDir, "ours")] : [],
    );
    children.push(ours);
    const floor = spawnChild(
      "floor-server.ts",
      {
        ownerUrl: db.ownerUrl,
        secret: SECRET,
        pool: POOL,
        cases: all,
      },
      profiling ? ["--cpu-prof", "--cpu-prof-dir", path.join(profileDir, "floor")] : [],
    );
    children.push(floor);
    const raw = spawnChild("raw-load.ts", {
      ownerUrl: db.ownerUrl,
      secret: SECRET,
      pool: POOL,
      connections: CONNECTIONS,
      cases: all,
    });
    children.push(raw);
    const load = spawnChild("http-load.ts", null);
    children.push(load);
    const oursUrl = (await ours.next<{ url: string }>()).url;
    const floorUrl = (await floor.next<{ url: string }>()).url;
    await raw.next<{ ready: true }>();

    const cores = os.cpus().length;
    console.log(
      `rest: ${cores} cores, ${CONNECTIONS} connections, pool ${POOL}, ${SECONDS}s per case and target in ${ROUNDS} alternating rounds (+${WARMUP_SECONDS}s warm-up); load from its own process`,
    );
    console.log(
      `${"case".padEnd(44)} ${"ours req/s   p50    p99".padEnd(22)} | ${"floor req/s  p50    p99".padEnd(22)} | ${"raw req/s    p50    p99".padEnd(22)} | ours/floor | cpu µs/req ours floor`,
    );
    for (const item of all) {
      await checkFloorMatches(oursUrl, floorUrl, item);
    }
    const results: Record<string, Record<string, number | Figures>> = {};
    for (const item of all) {
      const target = (base: string, seconds: number): HttpLoadCommand => ({
        url: `${base}/rest/v1${item.path}`,
        method: item.method,
        headers: item.headers,
        body: item.body,
        connections: CONNECTIONS,
        seconds,
      });
      const rounds: Record<"ours" | "floor" | "raw", Samples[]> = { ours: [], floor: [], raw: [] };
      await load.send<Samples>(target(oursUrl, WARMUP_SECONDS));
      await load.send<Samples>(target(floorUrl, WARMUP_SECONDS));
      await raw.send<Samples>({ case: item.name, seconds: WARMUP_SECONDS });
      const cpu = { ours: 0, floor: 0 };
      const measured = async (server: Child, name: "ours" | "floor", base: string) => {
        const before = await server.send<NodeJS.CpuUsage>("cpu");
        rounds[name].push(await load.send<Samples>(target(base, SECONDS / ROUNDS)));
        const after = await server.send<NodeJS.CpuUsage>("cpu");
        cpu[name] += after.user + after.system - before.user - before.system;
      };
      for (let round = 0; round < ROUNDS; round++) {
        await measured(ours, "ours", oursUrl);
        await measured(floor, "floor", floorUrl);
        rounds.raw.push(await raw.send<Samples>({ case: item.name, seconds: SECONDS / ROUNDS }));
      }
      const failure = [...rounds.ours, ...rounds.floor, ...rounds.raw].find((r) => r.firstError);
      if (failure) {
        console.log(`  ${item.name}: a request failed: ${failure.firstError}`);
      }
      const [oursFigures, floorFigures, rawFigures] = [
        summarise(rounds.ours),
        summarise(rounds.floor),
        summarise(rounds.raw),
      ];
      const ratio = Math.round((oursFigures.reqs_per_s / floorFigures.reqs_per_s) * 100) / 100;
      // Server CPU per request: steadier than req/s on a shared machine.
      const perRequest = (micros: number, f: Figures) =>
        Math.round(micros / Math.max(1, f.requests));
      const cpuOurs = perRequest(cpu.ours, oursFigures);
      const cpuFloor = perRequest(cpu.floor, floorFigures);
      results[item.name] = {
        reqs_per_s: oursFigures.reqs_per_s,
        p50_ms: oursFigures.p50_ms,
        p99_ms: oursFigures.p99_ms,
        floor_reqs_per_s: floorFigures.reqs_per_s,
        ratio_vs_floor: ratio,
        cpu_us_per_req: cpuOurs,
        floor_cpu_us_per_req: cpuFloor,
        ours: oursFigures,
        floor: floorFigures,
        raw: rawFigures,
      };
      console.log(
        `${item.name.padEnd(44)} ${cell(oursFigures)} | ${cell(floorFigures)} | ${cell(rawFigures)} | ${ratio.toFixed(2)}x | ${String(cpuOurs).padStart(5)} ${String(cpuFloor).padStart(5)}${errors(oursFigures, floorFigures, rawFigures)}`,
      );
    }
    const file = path.resolve(".local/bench/latest.json");
    await mkdir(path.dirname(file), { recursive: true });
    const previous = await readFile(file, "utf8").then(
      (text) => JSON.parse(text) as Record<string, unknown>,
      () => ({}),
    );
    const rest = {
      at: new Date().toISOString(),
      cores,
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      node: process.version,
      cases: results,
    };
    await writeFile(file, `${JSON.stringify({ ...previous, cores, rest }, null, 2)}\n`);
    console.log(`written to ${file}`);
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await superuser.end();
    await db.stop();
    if (process.env.BENCH_CPU_PROF === "1") {
      console.log(`cpu profiles of our stack and the floor in ${profileDir}/{ours,floor}`);
    }
  }
}

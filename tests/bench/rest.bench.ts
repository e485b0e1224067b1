// REST throughput against hand-written SQL, in one run on the same data (1k companies, 100k
// projects): a client's filtered, sorted, counted page under RLS; getOne; an insert returning
// the row; the page with count=planned. Prints req/s, p50/p99 and REST/raw ratios and writes
// them to .local/bench/latest.json. Figures, not pass/fail.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { apiKeysFor, signJwt } from "../../supabase/local/keys";
import { startLocalStack } from "../../supabase/local/stack";
import { startBenchDatabase } from "./bench-database";

const SECONDS = 4;
const CONCURRENCY = 8;
const COMPANIES = 1_000;
const PROJECTS = 100_000;
const SECRET = "bench-secret-with-at-least-32-characters!!";

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

/** Runs `worker` on CONCURRENCY lanes for SECONDS; returns rate and latency percentiles (ms). */
async function measure(worker: () => Promise<void>): Promise<Figures> {
  for (let i = 0; i < 20; i++) {
    await worker();
  }
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await worker();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

async function seed(
  superuser: postgres.Sql,
): Promise<{ company: string; other: string; client: string; team: string }> {
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
    const meta = {
      provider: "email",
      atrium_role: role,
      ...(companyOf ? { company_id: companyOf } : {}),
    };
    await superuser`insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at)
      values (${id}, 'authenticated', 'authenticated', ${`${role}@bench.test`}, ${superuser.json(meta)}, ${superuser.json({ full_name: role })}, now())`;
    await superuser`insert into public.profiles (id, email, role, company_id)
      values (${id}, ${`${role}@bench.test`}, ${role}, ${companyOf}) on conflict (id) do nothing`;
  }
  await superuser`analyze`;
  process.stdout.write("\n");
  return { company: companyId, other: otherId, client, team };
}

export default async function benchRest(): Promise<void> {
  const db = await startBenchDatabase("rest");
  const superuser = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
  const owner = postgres(db.ownerUrl, { max: CONCURRENCY, onnotice: () => {} });
  const keys = await apiKeysFor(SECRET);
  const stack = await startLocalStack({
    port: 0,
    keys,
    databaseUrl: db.ownerUrl,
    env: {},
  });
  try {
    const ids = await seed(superuser);
    const [one] = await owner<
      { id: string }[]
    >`select id from public.projects where company_id = ${ids.company} limit 1`;
    const projectId = one?.id ?? "";
    const clientToken = await signJwt(SECRET, { sub: ids.client, role: "authenticated" }, 3600);
    const teamToken = await signJwt(SECRET, { sub: ids.team, role: "authenticated" }, 3600);
    const rest = async (
      pathAndQuery: string,
      token: string,
      init: RequestInit & { prefer?: string } = {},
    ) => {
      const response = await fetch(`${stack.url}/rest/v1${pathAndQuery}`, {
        ...init,
        headers: {
          apikey: keys.anonKey,
          Authorization: `Bearer ${token}`,
          "Accept-Profile": "public",
          "Content-Profile": "public",
          "Content-Type": "application/json",
          ...(init.prefer ? { Prefer: init.prefer } : {}),
        },
      });
      if (response.status >= 300) {
        throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`);
      }
      await response.arrayBuffer();
    };
    const list = `/projects?select=*&company_id=eq.${ids.company}&status=eq.active&order=due_date.desc,id.asc&offset=0&limit=25`;
    const rawPage = () =>
      owner`select * from public.projects where company_id = ${ids.company} and status = 'active'
            order by due_date desc, id limit 25`;
    let inserted = 0;
    const scenarios: [string, () => Promise<void>, () => Promise<void>][] = [
      [
        "list (filter, sort, 25, count=exact)",
        () => rest(list, clientToken, { prefer: "count=exact" }),
        async () => {
          await Promise.all([
            rawPage(),
            owner`select count(*) from public.projects where company_id = ${ids.company} and status = 'active'`,
          ]);
        },
      ],
      [
        "getOne",
        () => rest(`/projects?select=*&id=eq.${projectId}`, clientToken),
        async () => {
          await owner`select * from public.projects where id = ${projectId}`;
        },
      ],
      [
        "insert (return=representation)",
        () =>
          rest("/projects?select=*", teamToken, {
            method: "POST",
            prefer: "return=representation",
            body: JSON.stringify({ company_id: ids.other, name: `Bench ${inserted++}` }),
          }),
        async () => {
          await owner`insert into public.projects (company_id, name) values (${ids.other}, ${`Raw ${inserted++}`}) returning *`;
        },
      ],
      [
        "list (count=planned)",
        () => rest(list, clientToken, { prefer: "count=planned" }),
        async () => {
          await Promise.all([
            rawPage(),
            owner.unsafe(
              "explain (format json) select 1 from public.projects where company_id = $1 and status = 'active'",
              [ids.company],
            ),
          ]);
        },
      ],
    ];
    const cores = os.cpus().length;
    console.log(
      `rest: ${cores} cores, ${CONCURRENCY} concurrent clients, ${SECONDS}s per measurement`,
    );
    // The floor of any HTTP request here (client and server share this process and its cores).
    const floor = await measure(async () => {
      await (await fetch(`${stack.url}/health`)).arrayBuffer();
    });
    console.log(
      `${"HTTP floor (GET /health)".padEnd(38)} ${floor.rps.toFixed(0).padStart(6)} req/s  p50 ${floor.p50.toFixed(2)} ms`,
    );
    const results: Record<string, { rest: Figures; raw: Figures; ratio: number }> = {};
    for (const [name, viaRest, viaRaw] of scenarios) {
      const restFigures = await measure(viaRest);
      const rawFigures = await measure(viaRaw);
      const ratio = restFigures.rps / rawFigures.rps;
      results[name] = { rest: restFigures, raw: rawFigures, ratio };
      const show = (f: Figures) =>
        `${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(2)} ms  p99 ${f.p99.toFixed(2)} ms`;
      console.log(
        `${name.padEnd(38)} REST ${show(restFigures)} | raw ${show(rawFigures)} | REST/raw ${ratio.toFixed(2)}x`,
      );
    }
    const file = path.resolve(".local/bench/latest.json");
    await mkdir(path.dirname(file), { recursive: true });
    const previous = await readFile(file, "utf8").then(
      (text) => JSON.parse(text) as Record<string, unknown>,
      () => ({}),
    );
    await writeFile(
      file,
      `${JSON.stringify({ ...previous, rest: { at: new Date().toISOString(), cores, concurrency: CONCURRENCY, node: process.version, httpFloor: floor, results } }, null, 2)}\n`,
    );
    console.log(`written to ${file}`);
  } finally {
    await stack.stop();
    await owner.end();
    await superuser.end();
    await db.stop();
  }
}

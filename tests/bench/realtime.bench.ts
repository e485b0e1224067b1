// Realtime under load: N=100 websocket subscribers (raw vsn 2.0.0, from a separate process)
// split over 3 companies, each joined to postgres_changes on projects with its client's token,
// while inserts commit one by one, then as one burst transaction. Prints server RSS per idle
// connection, changes/s through the change source, pushes/s delivered and commit→push latency
// p50/p99; writes them to
// .local/bench/latest.json. Figures, not pass/fail.
import { fork } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { apiKeysFor, signJwt } from "../../supabase/local/keys";
import { startLocalStack } from "../../supabase/local/stack";
import { startBenchDatabase } from "./bench-database";

const SUBSCRIBERS = 100;
const COMPANIES = 3;
const CHANGES = 1_500;
const WRITERS = 4;
const SECRET = "bench-secret-with-at-least-32-characters!!";
const here = path.dirname(fileURLToPath(import.meta.url));

interface Done {
  kind: "done";
  received: number;
  firstAt: number;
  lastAt: number;
  p50: number;
  p99: number;
}

type FromLoad = { kind: "ready"; sockets: number } | Done | { kind: "error"; message: string };

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function settleRss(): Promise<number> {
  global.gc?.();
  return new Promise((resolve) => setTimeout(() => resolve(process.memoryUsage().rss), 500));
}

export default async function benchRealtime(): Promise<void> {
  const db = await startBenchDatabase("realtime");
  const superuser = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
  const owner = postgres(db.ownerUrl, { max: WRITERS, onnotice: () => {} });
  const keys = await apiKeysFor(SECRET);
  const stack = await startLocalStack({ port: 0, keys, databaseUrl: db.ownerUrl });
  const load = fork(path.join(here, "realtime-load.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <K extends FromLoad["kind"]>(kind: K) =>
    new Promise<Extract<FromLoad, { kind: K }>>((resolve, reject) => {
      const onMessage = (message: FromLoad) => {
        if (message.kind === "error") {
          reject(new Error(message.message));
        } else if (message.kind === kind) {
          load.off("message", onMessage);
          resolve(message as Extract<FromLoad, { kind: K }>);
        }
      };
      load.on("message", onMessage);
    });
  try {
    const companies: string[] = [];
    const tokens: string[] = [];
    for (let index = 0; index < COMPANIES; index += 1) {
      const company = crypto.randomUUID();
      const user = crypto.randomUUID();
      companies.push(company);
      await superuser`insert into public.companies (id, name) values (${company}, ${`Bench ${index}`})`;
      const meta = { provider: "email", atrium_role: "client", company_id: company };
      await superuser`insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at)
        values (${user}, 'authenticated', 'authenticated', ${`c${index}@bench.test`}, ${superuser.json(meta)}, ${superuser.json({})}, now())`;
      await superuser`insert into public.profiles (id, email, role, company_id)
        values (${user}, ${`c${index}@bench.test`}, 'client', ${company}) on conflict (id) do nothing`;
      tokens.push(await signJwt(SECRET, { sub: user, role: "authenticated" }, 3600));
    }
    const subscriberTokens = Array.from(
      { length: SUBSCRIBERS },
      (_, index) => tokens[index % COMPANIES] ?? "",
    );
    const perCompany = companies.map(
      (_, company) => subscriberTokens.filter((_, index) => index % COMPANIES === company).length,
    );

    const before = await settleRss();
    const ready = next("ready");
    load.send({
      kind: "start",
      start: { url: stack.url, apikey: keys.anonKey, tokens: subscriberTokens },
    });
    const { sockets } = await ready;
    const after = await settleRss();
    const perConnection = (after - before) / sockets;

    // Every insert goes to one company; its subscribers (about a third) must receive it.
    const expected = Array.from(
      { length: CHANGES },
      (_, index) => perCompany[index % COMPANIES] ?? 0,
    ).reduce((sum, count) => sum + count, 0);
    const done = next("done");
    load.send({ kind: "expect", total: expected, timeoutMs: 120_000 });
    const started = Date.now();
    let issued = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (issued < CHANGES) {
          const index = issued++;
          const company = companies[index % COMPANIES] ?? "";
          await owner`insert into public.projects (company_id, name) values (${company}, ${`Load ${index}`})`;
        }
      }),
    );
    const committed = Date.now();
    const result = await done;
    const seconds = (result.lastAt - started) / 1000;
    const figures = {
      subscribers: sockets,
      companies: COMPANIES,
      changes: CHANGES,
      commitSeconds: (committed - started) / 1000,
      deliverySeconds: seconds,
      changesPerSecond: CHANGES / seconds,
      pushesExpected: expected,
      pushesReceived: result.received,
      pushesPerSecond: result.received / seconds,
      latencyP50Ms: result.p50,
      latencyP99Ms: result.p99,
      rssBeforeMb: Number(megabytes(before)),
      rssAfterMb: Number(megabytes(after)),
      rssPerIdleConnectionKb: Math.round(perConnection / 1024),
    };
    console.log(
      `realtime: ${sockets} subscribers over ${COMPANIES} companies (separate process), ${CHANGES} inserts from ${WRITERS} writers`,
    );
    console.log(
      `  server RSS ${megabytes(before)} MB -> ${megabytes(after)} MB idle: ${figures.rssPerIdleConnectionKb} KB per connection`,
    );
    console.log(
      `  ${figures.changesPerSecond.toFixed(0)} changes/s through the change source, ${figures.pushesPerSecond.toFixed(0)} pushes/s delivered (${result.received}/${expected})`,
    );
    console.log(
      `  commit->push latency p50 ${result.p50} ms, p99 ${result.p99} ms (commits took ${figures.commitSeconds.toFixed(2)} s)`,
    );
    // Burst: one transaction of CHANGES rows arrives at once; this is the delivery side's own
    // capacity, not bounded by how fast single-row commits go.
    const burstDone = next("done");
    load.send({ kind: "expect", total: expected, timeoutMs: 120_000 });
    const burstStarted = Date.now();
    await owner`insert into public.projects (company_id, name)
      select (${owner.array(companies)}::uuid[])[1 + i % ${COMPANIES}::int], 'Burst ' || i
      from generate_series(0, ${CHANGES - 1}::int) i`;
    const burst = await burstDone;
    const burstSeconds = (burst.lastAt - burstStarted) / 1000;
    const burstFigures = {
      changesPerSecond: CHANGES / burstSeconds,
      pushesReceived: burst.received,
      pushesPerSecond: burst.received / burstSeconds,
      latencyP50Ms: burst.p50,
      latencyP99Ms: burst.p99,
    };
    console.log(
      `  burst (${CHANGES} rows in one transaction): ${burstFigures.changesPerSecond.toFixed(0)} changes/s, ${burstFigures.pushesPerSecond.toFixed(0)} pushes/s (${burst.received}/${expected}), commit->push p50 ${burst.p50} ms, p99 ${burst.p99} ms`,
    );
    const file = path.resolve(".local/bench/latest.json");
    await mkdir(path.dirname(file), { recursive: true });
    const previous = await readFile(file, "utf8").then(
      (text) => JSON.parse(text) as Record<string, unknown>,
      () => ({}),
    );
    await writeFile(
      file,
      `${JSON.stringify({ ...previous, realtime: { at: new Date().toISOString(), node: process.version, ...figures, burst: burstFigures } }, null, 2)}\n`,
    );
    console.log(`written to ${file}`);
  } finally {
    load.kill();
    await stack.stop();
    await owner.end();
    await superuser.end();
    await db.stop();
  }
}

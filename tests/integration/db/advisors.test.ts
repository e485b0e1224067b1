// Supabase's Security and Performance Advisors (splinter's lints, our SQL in advisor-lints.ts)
// on the migrated database: nothing at WARN or ERROR, and every index a lint calls unused is one
// a foreign key or a named query needs. Each lint is also shown to fire on an offending object
// made in a rolled-back transaction, so a clean run means something.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRestConfig } from "../../../supabase/local/rest/config";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import {
  ADVISOR_LINTS,
  type Finding,
  lintById,
  runAdvisors,
  runLints,
  SUPABASE_SCHEMAS,
} from "./advisor-lints";
import { NOT_PROVOKED, provocations, SCRATCH } from "./advisor-provocations";

/** What our REST serves by default (PGRST_DB_SCHEMAS), as hosted Supabase's API settings do. */
const EXPOSED = parseRestConfig(
  {},
  { jwtSecret: "unused", anonKey: "", serviceRoleKey: "" },
).PGRST_DB_SCHEMAS;

/** SECURITY DEFINER functions anon or authenticated may run, outside the exposed schemas. */
const DEFINER_RPC_BACKENDS = [
  // The access matrix's one look past storage.buckets' RLS (drizzle/0028): the ids of the public
  // buckets, which Storage serves to anyone anyway.
  "private.public_bucket_ids()",
  "private.redeem_beta_invite(text)",
  // The admin's outbox actions (drizzle/0017): staff may not write notifications themselves.
  "private.retry_notification(uuid)",
  "private.send_test_email(text,text,jsonb)",
];

/**
 * Indexes no foreign key needs, each with a query of ours that uses it (run with sequential
 * scans off, so the plan shows whether the index can serve it at scale).
 */
const INDEX_NEEDS: Record<string, string> = {
  "public.companies_name_idx": "select id from public.companies order by name limit 25",
  "public.companies_status_idx": "select count(*) from public.companies where status = 'active'",
  "public.projects_status_idx": "select count(*) from public.projects where status = 'active'",
  "public.projects_due_date_idx":
    "select id from public.projects where status <> 'completed' and due_date < current_date",
  "public.signup_requests_status_submitted_at_idx":
    "select id from public.signup_requests where status = 'pending' and submitted_at < now() - interval '24 hours'",
  "public.notifications_due_idx":
    "select id from public.notifications where status in ('queued', 'sending') and next_attempt_at <= now() order by next_attempt_at limit 10",
  "public.notifications_provider_message_id_idx":
    "select id from public.notifications where provider_message_id = 'msg_1'",
  "public.profiles_role_idx": "select id from public.profiles where role in ('team', 'admin')",
  "public.profiles_email_lower_idx":
    "select id from public.profiles where lower(email) = lower('Ada@Example.test')",
  "public.contacts_email_lower_idx":
    "select id from public.contacts where lower(email) = lower('Ada@Example.test')",
  "public.audit_logs_table_name_record_id_idx":
    "select id from public.audit_logs where table_name = 'companies' and record_id = 'x' order by id desc limit 50",
  "public.pages_status_idx": "select id, slug from public.pages where status = 'published'",
};

let db: TestDatabase;
let superuser: postgres.Sql;

beforeAll(async () => {
  db = await createTestDatabase();
  superuser = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await superuser.end();
  await db.drop();
});

describe("the advisors on the migrated database", () => {
  it("report nothing at WARN or ERROR", async () => {
    const findings = await runAdvisors(db.owner, EXPOSED);
    // The whole finding (detail included) is printed when this fails.
    expect(findings.filter((finding) => finding.level !== "INFO")).toEqual([]);
  });

  it("call an index unused only when a foreign key or a named query needs it", async () => {
    const findings = await runAdvisors(db.owner, EXPOSED);
    const unused = findings.filter((finding) => finding.lint === "0005_unused_index");
    const fkIndexes = await db.owner`
      select distinct format('%s.%s', n.nspname, ic.relname) as index
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_namespace n on n.oid = ic.relnamespace
      join pg_constraint k on k.conrelid = i.indrelid and k.contype = 'f'
      where (i.indkey::int2[])[0:cardinality(k.conkey) - 1] = k.conkey`;
    const coversKey = new Set(fkIndexes.map((row) => String(row.index)));
    const unjustified = unused
      .map((finding) => finding.object)
      .filter((index) => !coversKey.has(index) && !(index in INDEX_NEEDS));
    expect(unjustified).toEqual([]);
    // Fresh statistics: every non-unique index is reported, so the list above is complete.
    expect(unused.length).toBeGreaterThan(Object.keys(INDEX_NEEDS).length);
  });

  it.each(Object.entries(INDEX_NEEDS))("has a query that uses %s", async (index, query) => {
    const plan = await db.owner.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      const [row] = await tx.unsafe(`explain (format json) ${query}`);
      return JSON.stringify(row?.["QUERY PLAN"]);
    });
    expect(plan).toContain(`"Index Name":"${index.replace("public.", "")}"`);
  });

  it("report a foreign key unindexed only when an index starts with its columns", async () => {
    const findings = await runAdvisors(db.owner, EXPOSED);
    const unindexed = findings.filter((finding) => finding.lint === "0001_unindexed_foreign_keys");
    const uncovered = await db.owner`
      select format('%s.%s', n.nspname, c.relname) as object, k.conname
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname <> all(${SUPABASE_SCHEMAS})
        and not exists (
          select 1 from pg_index i
          where i.indrelid = k.conrelid
            and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] = k.conkey
        )`;
    expect(uncovered).toEqual([]);
    // splinter wants an index on exactly the key; these keys lead a unique or sorted index.
    expect(unindexed.map((finding) => finding.object).sort()).toEqual([
      "public.beta_builds",
      "public.page_revisions",
      "public.project_updates",
    ]);
  });

  it("let API roles run no SECURITY DEFINER function of ours but the RPC backends", async () => {
    // Stricter than 0028/0029, which look only at exposed schemas: any schema of ours counts.
    const rows = await db.owner`
      select p.oid::regprocedure::text as fn
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where p.prosecdef and n.nspname <> all(${SUPABASE_SCHEMAS})
        and (has_function_privilege('anon', p.oid, 'EXECUTE')
          or has_function_privilege('authenticated', p.oid, 'EXECUTE'))
      order by 1`;
    expect(rows.map((row) => row.fn)).toEqual(DEFINER_RPC_BACKENDS);
  });
});

const rollback = new Error("rollback");

/** Runs one lint after `setup` in a scratch schema named `s`, exposed, then rolls it all back. */
async function findingsAfter(lintId: string, setup: string): Promise<Finding[]> {
  let findings: Finding[] = [];
  await superuser
    .begin(async (tx) => {
      await tx.unsafe(`create schema ${SCRATCH}`);
      await tx.unsafe(setup.replace(/\bs\./g, `${SCRATCH}.`));
      findings = await runLints(tx, [...EXPOSED, SCRATCH], [lintById(lintId)]);
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) {
        throw error;
      }
    });
  return findings.map((finding) => ({
    ...finding,
    object: finding.object.replaceAll(`${SCRATCH}.`, "s."),
  }));
}

describe("each lint", () => {
  it("is provoked below or named as impossible to provoke here", () => {
    const covered = [...provocations.map((p) => p.lint), ...NOT_PROVOKED].sort();
    expect(covered).toEqual(ADVISOR_LINTS.map((lint) => lint.id).sort());
  });

  it.each(provocations)("$lint reports an offending object", async ({ lint, setup, object }) => {
    const findings = await findingsAfter(lint, setup);
    expect(findings.map((finding) => finding.object)).toContain(object);
  });

  it("0029 looks only at exposed schemas, as splinter does", async () => {
    const definer =
      "create function s.as_owner() returns int language sql security definer set search_path = '' as 'select 1';";
    let findings: Finding[] = [];
    await superuser
      .begin(async (tx) => {
        await tx.unsafe(`create schema ${SCRATCH}`);
        await tx.unsafe(definer.replace(/\bs\./g, `${SCRATCH}.`));
        findings = await runLints(tx, EXPOSED, [
          lintById("0029_authenticated_security_definer_function_executable"),
        ]);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) {
          throw error;
        }
      });
    expect(findings).toEqual([]);
  });
});

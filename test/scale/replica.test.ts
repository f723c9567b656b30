import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { createLogger } from "../../src/core/logger";
import { toGlobalId } from "../../src/graphql/schema/common/global-id";
import { ReadRouter } from "../../src/core/db/read-router";
import { openReplicas, type Replica } from "../../src/core/db/replica";
import { cliWorkspace, runPeaceops, stop } from "../support/cli";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { loadFixture } from "../support/fixture";
import { createTestKey, startTestApp, type TestApp } from "../support/http";
import { postAt } from "../support/post";
import { parsePrometheus, sampleValue } from "../support/prometheus";
import { caughtUp, startReplica, type TestReplica } from "../support/replica";

// A real streaming replica of the tests' PostgreSQL server (pg_basebackup -R, a hot standby on a
// port of its own): reads go there, writes and their read-back to the primary.
const postgres = databaseTargets().filter((t) => t.name === "postgres");
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "";

const ORGANIZATION = `{ organization(code: "UN") { name } }`;
const MINUSTAH = `{ mission(code: "MINUSTAH") { name } }`;
const RENAME = `mutation ($name: String!) { updateMission(id: "${toGlobalId("Mission", 1)}", input: { name: $name }) { name } }`;

/** The last statement of each peaceops connection to `database` on a server, by backend. */
async function lastStatements(url: string, database: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ query: string }>("SELECT query FROM pg_stat_activity WHERE datname = $1 AND application_name = 'peaceops' AND pid <> pg_backend_pid()", [database]);
    return rows.map((r) => r.query);
  } finally {
    await c.end();
  }
}
const readsOrganizations = (statements: string[]) => statements.filter((q) => /FROM organization o WHERE o\.code/.test(q)).length;

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe.each(postgres)("a streaming replica of $name", (target) => {
  let database: TestDatabase;
  let dbName: string;
  let replica: TestReplica;
  let replicas: Replica[];
  let app: TestApp;
  let editor: string;
  let analyst: string;
  const log = capturingLogger();

  beforeAll(async () => {
    database = await target.open();
    await loadFixture(database.db);
    editor = await createTestKey(database.db, "EDITOR");
    analyst = await createTestKey(database.db, "ANALYST");
    dbName = new URL(database.url).pathname.slice(1);
    replica = await startReplica(ADMIN_URL);
    await caughtUp(ADMIN_URL, replica);
    // No periodic check here: each test checks when it means to, so that a check's own statement
    // does not stand in for the last read of a connection.
    replicas = await openReplicas([replica.urlFor(dbName)], { poolSize: 4, maxLagMs: 300, logger: log.logger });
    expect([replicas[0]!.usable, replicas[0]!.problem]).toEqual([true, null]);
    app = await startTestApp(database.db, true, { router: new ReadRouter(database.db, replicas) });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await Promise.all((replicas ?? []).map((r) => r.close()));
    await replica?.destroy();
    await database?.close();
  });

  it("serves reads from the replica, not the primary", async () => {
    const before = readsOrganizations(await lastStatements(ADMIN_URL, dbName));
    for (let i = 0; i < 3; i++) {
      const res = await app.gql(ORGANIZATION);
      expect(res.data).toEqual({ organization: { name: "United Nations" } });
    }
    expect(readsOrganizations(await lastStatements(replica.urlFor("postgres"), dbName))).toBeGreaterThan(0);
    expect(readsOrganizations(await lastStatements(ADMIN_URL, dbName))).toBe(before);
    const ready = (await (await fetch(new URL("/readyz", app.url))).json()) as any;
    expect(ready.databases).toEqual([
      { name: "primary", status: "ready" },
      { name: replica.urlFor(dbName), status: "in use", lagMs: 0 },
    ]);
  });

  it("reads a mutation's write back at once, even while the replica has not replayed it", async () => {
    // Replayed as soon as it can be: the next read may still come before the standby has it.
    let res = await app.gql(RENAME, { name: "Haiti mission, renamed" }, { token: editor });
    expect(res.data).toEqual({ updateMission: { name: "Haiti mission, renamed" } });
    expect((await app.gql(MINUSTAH)).data).toEqual({ mission: { name: "Haiti mission, renamed" } });

    // With the replay paused, the replica stays behind; the router sees its older data version.
    // Paused only once it has the first rename, so that what it holds while paused is known.
    await caughtUp(ADMIN_URL, replica);
    await replica.pauseReplay();
    try {
      res = await app.gql(RENAME, { name: "Haiti mission, paused replica" }, { token: editor });
      expect(res.data).toEqual({ updateMission: { name: "Haiti mission, paused replica" } });
      const after = await Promise.all([0, 1, 2, 3].map(() => app.gql(MINUSTAH)));
      for (const r of after) expect(r.data).toEqual({ mission: { name: "Haiti mission, paused replica" } });
      const [stale] = await replica.query(dbName, "SELECT name FROM mission WHERE id = 1");
      expect(stale.name).toBe("Haiti mission, renamed");
      // An analytics answer too: not one cached or read before the write.
      const q = `{ femaleParticipation(from: "2010-01-01", to: "2010-12-31", minCellSize: 0) { total { officers } } }`;
      expect((await postAt(app.url, { query: q }, analyst)).body.data.femaleParticipation.total.officers).toBe(2);
      await database.db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source) VALUES (3, 1, 1, '2010-03-01', '2010-04-30', false, 'test')`);
      expect((await postAt(app.url, { query: q }, analyst)).body.data.femaleParticipation.total.officers).toBe(3);

      // The lag grows past PEACEOPS_REPLICA_MAX_LAG_MS (300 ms here): a check sees the replay
      // behind, the next one that it still is, and takes the replica out, with a log line.
      await replicas[0]!.check();
      await new Promise((r) => setTimeout(r, 700));
      await replicas[0]!.check();
      expect(replicas[0]!.usable).toBe(false);
      expect(replicas[0]!.problem).toMatch(/^its replay lags \d+ ms behind, more than PEACEOPS_REPLICA_MAX_LAG_MS=300$/);
      expect(log.lines.filter((l) => l.msg === "replica skipped: reads go to the primary").length).toBe(1);
      const ready = (await (await fetch(new URL("/readyz", app.url))).json()) as any;
      expect(ready.status).toBe("ready");
      expect(ready.databases[1]).toMatchObject({ status: "skipped", problem: replicas[0]!.problem });
    } finally {
      await replica.resumeReplay();
    }
    await caughtUp(ADMIN_URL, replica);
    await replicas[0]!.check();
    expect([replicas[0]!.usable, replicas[0]!.lagMs]).toEqual([true, 0]);
    // Once when first checked, once on rejoining the reads.
    expect(log.lines.filter((l) => l.msg === "replica in use for reads").length).toBe(2);
  });

  it("fails no request when the replica stops under load, and uses it again once it is back", async () => {
    const load = async () => {
      const results: string[] = [];
      for (let i = 0; i < 25; i++) {
        const res = await app.gql(ORGANIZATION);
        results.push(res.errors ? JSON.stringify(res.errors) : res.data.organization.name);
      }
      return results;
    };
    const running = Promise.all([load(), load(), load(), load()]);
    await new Promise((r) => setTimeout(r, 30));
    await replica.stop();
    const results = (await running).flat();
    expect(results).toEqual(Array(100).fill("United Nations"));
    // Out of the reads at once (a read failed for want of a connection) or at the next check.
    await replicas[0]!.check();
    expect(replicas[0]!.usable).toBe(false);
    expect(replicas[0]!.problem).toMatch(/^(it does not answer|a read failed): /);
    for (let i = 0; i < 3; i++) expect((await app.gql(ORGANIZATION)).data).toEqual({ organization: { name: "United Nations" } });
    const ready = (await (await fetch(new URL("/readyz", app.url))).json()) as any;
    expect([ready.status, ready.databases[1].status]).toEqual(["ready", "skipped"]);

    // A server started while the replica is down: skipped at first, in use once it answers.
    const late = await openReplicas([replica.urlFor(dbName)], { poolSize: 2, maxLagMs: 300, logger: log.logger });
    expect([late[0]!.usable, late[0]!.problem]).toEqual([false, expect.stringMatching(/^it does not answer: /)]);

    await replica.start();
    await caughtUp(ADMIN_URL, replica);
    await replicas[0]!.check();
    expect(replicas[0]!.usable).toBe(true);
    await late[0]!.check();
    expect([late[0]!.usable, late[0]!.problem]).toEqual([true, null]);
    expect(await late[0]!.reads.query("SELECT count(*)::int AS n FROM mission")).toEqual([{ n: 5 }]);
    await late[0]!.close();
    await app.gql(ORGANIZATION);
    expect(readsOrganizations(await lastStatements(replica.urlFor("postgres"), dbName))).toBeGreaterThan(0);
  }, 60_000);

  describe("through peaceops serve", () => {
    const { serve, cleanup } = cliWorkspace("peaceops-replica");
    afterAll(cleanup);

    it("reads from DATABASE_REPLICA_URLS, reads writes back, and reports each database", async () => {
      await caughtUp(ADMIN_URL, replica);
      const server = await serve({ DATABASE_URL: database.url, DATABASE_REPLICA_URLS: replica.urlFor(dbName), LOG_LEVEL: "info", PEACEOPS_METRICS: "on" });
      try {
        const ready = (await (await fetch(new URL("/readyz", server.url))).json()) as any;
        // A primary that wrote since the last replayed commit shows as some lag, within the limit.
        expect(ready.databases).toEqual([
          { name: "primary", status: "ready" },
          { name: replica.urlFor(dbName), status: "in use", lagMs: expect.any(Number) },
        ]);
        expect(ready.databases[1].lagMs).toBeLessThan(5000);
        for (const name of ["Served", "Served again"]) {
          const wrote = await postAt(server.url, { query: RENAME, variables: { name } }, editor);
          expect(wrote.body.data).toEqual({ updateMission: { name } });
          expect((await postAt(server.url, { query: MINUSTAH })).body.data).toEqual({ mission: { name } });
        }
        await postAt(server.url, { query: ORGANIZATION });
        expect(readsOrganizations(await lastStatements(replica.urlFor("postgres"), dbName))).toBeGreaterThan(0);
        // Its metrics: the replica in use, its lag, and its pool's connections beside the primary's.
        const samples = parsePrometheus(await (await fetch(new URL("/metrics", server.url))).text());
        const name = replica.urlFor(dbName);
        expect(sampleValue(samples, "peaceops_replica_in_use", { replica: name })).toBe(1);
        expect(sampleValue(samples, "peaceops_replica_lag_seconds", { replica: name })).toBeGreaterThanOrEqual(0);
        expect(sampleValue(samples, "peaceops_db_pool_connections", { database: name, state: "open" })).toBeGreaterThanOrEqual(1);
        expect(sampleValue(samples, "peaceops_db_pool_connections", { database: "primary", state: "open" })).toBeGreaterThanOrEqual(1);
      } finally {
        expect(await stop(server.child)).toBe(0);
      }
    }, 60_000);
  });
});

describe("replicas without a PostgreSQL primary", () => {
  it("are refused at start, naming what they need, before anything is opened", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-replica-embedded-"));
    try {
      const done = await runPeaceops(["serve"], { DATABASE_REPLICA_URLS: "postgres://replica.example.org/peaceops", PORT: "0" }, dir);
      expect(done.code).not.toBe(0);
      expect(done.stderr).toContain("DATABASE_REPLICA_URLS needs DATABASE_URL: replicas are of a PostgreSQL primary, and the embedded database has none");
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

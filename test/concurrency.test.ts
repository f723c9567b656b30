import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { startControlServer, type ControlServer } from "../src/cli/control/server";
import { createDataSource } from "../src/core/db/data-source";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../src/core/db/embedded/database";
import { createLogger } from "../src/core/logger";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { runPeaceops } from "./support/cli";
import { loadFixture } from "./support/fixture";
import { createTestKey, startTestApp, type TestApp } from "./support/http";

/**
 * The mix that once made the embedded database answer a made-up token as ADMIN: clients with an
 * unknown token, ADMIN readers of officers' names, EDITOR writers and an import from the command
 * line, all at once for a bounded time. Every answer must be the one a quiet server gives.
 */
const LOAD_MS = 6_000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-concurrency-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// A well-formed token that no key has.
const MADE_UP = `po_${"A".repeat(43)}`;
const ATTACK = `{ viewer { role name } officers(first: 3) { edges { node { personnelNumber givenName familyName } } } }`;
const NAMES = `{ officers(first: 10) { totalCount edges { node { personnelNumber givenName familyName } } } }`;
const WRITE = `mutation ($source: String!) { createDeploymentRequest(input: { missionCode: "UNMIK", requestedByCountryIso3: "XKX", receivedOn: "2021-05-01", positionsRequested: 2, decision: PENDING, source: $source }) { id source } }`;
// The fixture's officers (test/support/fixture.ts), by hand.
const FIXTURE_OFFICERS = [
  { personnelNumber: "P-001", givenName: "Ada", familyName: "Tremblay" },
  { personnelNumber: "P-002", givenName: "Luc", familyName: "Gagnon" },
  { personnelNumber: "P-003", givenName: "Sam", familyName: "Roy" },
  { personnelNumber: "P-004", givenName: "Mia", familyName: "Côté" },
  { personnelNumber: "P-005", givenName: "Noah", familyName: "Bouchard" },
];
const IMPORTED = Array.from({ length: 40 }, (_, i) => `LOAD-M${String(i + 1).padStart(2, "0")}`);

interface Served {
  db: DataSource;
  app: TestApp;
  /** The environment that points the command line at this database. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Embedded: a data directory owned by this process, with the control channel a server opens. */
async function serveEmbedded(): Promise<Served> {
  const dataDir = path.join(work, "data");
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir });
  const db = createDataSource({ embedded });
  await db.initialize();
  await db.runMigrations({ transaction: "all" });
  await loadFixture(db);
  const app = await startTestApp(db, false);
  const control: ControlServer = await startControlServer({ dataDir, db, config: loadConfig({ PEACEOPS_DATA_DIR: dataDir }), logger: createLogger("silent") });
  return {
    db,
    app,
    env: { PEACEOPS_DATA_DIR: dataDir },
    async close() {
      await control.close();
      await app.stop();
      await db.destroy();
      await embedded.close();
    },
  };
}

async function servePostgres(open: () => Promise<TestDatabase>): Promise<Served> {
  const database = await open();
  await loadFixture(database.db);
  const app = await startTestApp(database.db, false);
  return {
    db: database.db,
    app,
    env: { DATABASE_URL: database.url },
    async close() {
      await app.stop();
      await database.close();
    },
  };
}

const targets = databaseTargets().map((t) => ({ name: t.name, serve: () => (t.name === "embedded" ? serveEmbedded() : servePostgres(t.open)) }));

describe.each(targets)("concurrent mixed load on the $name database", (target) => {
  let served: Served;
  let tokens: { ADMIN: string; EDITOR: string };
  beforeAll(async () => {
    served = await target.serve();
    tokens = { ADMIN: await createTestKey(served.db, "ADMIN"), EDITOR: await createTestKey(served.db, "EDITOR") };
  });
  afterAll(() => served?.close());

  it("never mixes one request's session with another's, loses no write and fails none", async () => {
    const { app } = served;
    // What a quiet server answers to the made-up token: the officers refused (null, with the one
    // error), the viewer anonymous, and nothing else.
    const REFUSED = { viewer: { role: null, name: null }, officers: null };
    const quiet = await app.gql(ATTACK, undefined, { token: MADE_UP });
    expect(quiet.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(quiet.data).toEqual(REFUSED);

    const csv = ["code,name,lead_organization_code,host_countries,kind,start_date,end_date", ...IMPORTED.map((c) => `${c},Mission ${c},UN,HTI,peacekeeping,2019-01-01,`)].join("\n");
    const file = path.join(work, `missions-${target.name}.csv`);
    fs.writeFileSync(file, csv);

    const until = Date.now() + LOAD_MS;
    const seen = { attacks: 0, reads: 0, writes: 0 };
    const crossovers: unknown[] = [];
    const wrongReads: unknown[] = [];
    const failedWrites: unknown[] = [];
    const acknowledged: string[] = [];
    const loop = async (step: (n: number) => Promise<void>) => {
      for (let n = 0; Date.now() < until; n++) await step(n);
    };
    const attacker = () =>
      loop(async () => {
        const res = await app.gql(ATTACK, undefined, { token: MADE_UP });
        seen.attacks++;
        if (JSON.stringify(res.data) !== JSON.stringify(REFUSED) || res.errors?.length !== 1 || res.errors[0]!.extensions?.code !== "UNAUTHENTICATED") crossovers.push(res);
      });
    const reader = () =>
      loop(async () => {
        const res = await app.gql(NAMES, undefined, { token: tokens.ADMIN });
        seen.reads++;
        const nodes = res.data?.officers.edges.map((e: { node: unknown }) => e.node);
        if (res.errors || res.data?.officers.totalCount !== 5 || JSON.stringify(nodes) !== JSON.stringify(FIXTURE_OFFICERS)) wrongReads.push(res);
      });
    const writer = (w: number) =>
      loop(async (n) => {
        const source = `load ${target.name} w${w} #${n}`;
        const res = await app.gql(WRITE, { source }, { token: tokens.EDITOR });
        seen.writes++;
        if (res.errors || res.data?.createDeploymentRequest.source !== source) failedWrites.push({ source, res });
        else acknowledged.push(source);
      });
    const importer = runPeaceops(["import", "missions", file, "--json"], served.env, work);

    const [imported] = await Promise.all([importer, ...[1, 2, 3, 4].map(attacker), ...[1, 2, 3].map(reader), ...[1, 2].map(writer)]);

    console.info(`${target.name}: ${seen.attacks} unknown-token, ${seen.reads} ADMIN reads, ${seen.writes} writes in ${LOAD_MS} ms`);
    expect(crossovers).toEqual([]);
    expect(wrongReads).toEqual([]);
    expect(failedWrites).toEqual([]);
    // Enough of each kind ran for the mix to mean something.
    expect(seen.attacks).toBeGreaterThan(20);
    expect(seen.reads).toBeGreaterThan(10);
    expect(seen.writes).toBeGreaterThan(10);
    // Every acknowledged write is stored, and nothing else is.
    const stored = (await served.db.query(`SELECT source FROM deployment_request WHERE source LIKE 'load %'`)) as { source: string }[];
    expect(stored.map((r) => r.source).sort()).toEqual([...acknowledged].sort());
    // The import ran beside the load, through the server that owns the embedded database.
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ kind: "missions", rows: 40, inserted: 40, updated: 0, errorCount: 0 });
    const missions = (await served.db.query(`SELECT code FROM mission WHERE code LIKE 'LOAD-M%' ORDER BY code`)) as { code: string }[];
    expect(missions.map((m) => m.code)).toEqual(IMPORTED);
  }, 120_000);

  it("answers /healthz while the database is busy with a long statement", async () => {
    const order: string[] = [];
    const long = served.db.query("SELECT pg_sleep(1.5)").then(() => order.push("statement"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const health = fetch(new URL("/healthz", served.app.url)).then(async (res) => {
      order.push("healthz");
      return res.json();
    });
    expect(await health).toEqual({ status: "ok" });
    await long;
    // The HTTP thread was free while the statement ran: on the embedded database, because the
    // database runs in a thread of its own.
    expect(order).toEqual(["healthz", "statement"]);
  });
});

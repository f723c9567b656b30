// Import speed: `npm run bench:import`.
// 1. writes two CSV files with a simple deterministic generator: BENCH_OFFICERS officers (default
//    200,000) and BENCH_DEPLOYMENTS deployments (default 1,000,000; five per officer, distinct start
//    dates, reference missions and roles);
// 2. PostgreSQL (BENCH_DATABASE_URL, an admin URL, default postgres://postgres@127.0.0.1:5432/test):
//    creates a scratch database, migrates it, seeds the `reference` profile, imports the officers,
//    then times `importCsv` of the deployments (one pass: parse, validate, upsert, commit) as the
//    admin, whose import checks foreign keys by batch; then, for reference, PostgreSQL's own
//    `COPY ... FROM STDIN (FORMAT csv)` of the same file into a bare table with the same columns
//    and no index, the same rows by COPY into the `deployment` table itself, and COPY to staging
//    plus one INSERT ... SELECT; last, the import again as a role that may not skip the foreign-key
//    triggers; prints rows/s of each and the ratios; drops the database (and the role) at the end,
//    also on failure;
// 3. the embedded database (in-memory PGlite in its own thread): the same import of the first
//    BENCH_EMBEDDED_DEPLOYMENTS deployments (default 200,000); COPY is not offered there.
// Nothing here asserts a speed: the figures go to the README.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Client } from "pg";
import { admin, databaseUrl } from "./admin";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/core/db/data-source";
import { startEmbeddedDatabase } from "../src/core/db/embedded/database";
import { seedDatabase } from "../src/core/db/seed";
import { importCsv } from "../src/core/ingest/import";
import { lineProgress } from "../src/core/ingest/progress";

const OFFICERS = Number(process.env.BENCH_OFFICERS ?? 200_000);
const DEPLOYMENTS = Number(process.env.BENCH_DEPLOYMENTS ?? 1_000_000);
const EMBEDDED_DEPLOYMENTS = Number(process.env.BENCH_EMBEDDED_DEPLOYMENTS ?? 200_000);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-bench-import-"));
const SERVICES = ["RCMP", "OPP", "SQ", "RNC"];
const GENDERS = ["FEMALE", "MALE", "MALE", "MALE", "UNDISCLOSED"];
const MISSIONS = ["MINUSTAH", "MINUJUSTH", "BINUH", "MONUSCO", "UNMISS", "MINUSMA", "UNAMID", "CPM-UKRAINE"];
const ROLES = ["TRAINING", "MENTORING", "MONITORING", "ELECTORAL_SUPPORT", "LEADERSHIP", "OTHER"];
const DAY = 86_400_000;
const BASE = Date.UTC(1995, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Writes a CSV through a stream, a line at a time, without holding it. */
async function writeCsv(file: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === 10_000 || i === count - 1) {
      if (!out.write(`${chunk.join("\n")}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = [];
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

const officerLine = (i: number) => `B${String(i).padStart(7, "0")},${GENDERS[i % GENDERS.length]},Cst,${SERVICES[i % SERVICES.length]}`;
// Officer j % OFFICERS; the k-th deployment of an officer starts 400 days after the (k-1)-th.
function deploymentLine(j: number): string {
  const officer = j % OFFICERS;
  const k = Math.floor(j / OFFICERS);
  const start = BASE + (k * 400 + (officer % 97)) * DAY;
  const end = j % 10 === 0 ? "" : iso(start + (90 + (j % 200)) * DAY);
  return `B${String(officer).padStart(7, "0")},${MISSIONS[j % MISSIONS.length]},${ROLES[j % ROLES.length]},${iso(start)},${end},${j % 17 === 0}`;
}

async function timedImport(db: DataSource, kind: string, file: string, rows: number) {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const started = performance.now();
  const summary = await importCsv(db, kind, file, { progress: lineProgress(process.stderr, 10_000) }).finally(() => clearInterval(sampler));
  const ms = performance.now() - started;
  console.log(`${kind}: ${rows} rows in ${(ms / 1000).toFixed(1)} s, peak RSS of this process ${Math.round(peakRss / 1e6)} MB`);
  if (summary.errorCount || summary.inserted !== rows) throw new Error(`${kind}: ${JSON.stringify(summary.errors.slice(0, 5))} inserted ${summary.inserted}`);
  return { ms, rate: (rows * 1000) / ms };
}

async function prepare(db: DataSource, officersFile: string): Promise<void> {
  await db.runMigrations({ transaction: "all" });
  await seedDatabase(db, "reference");
  await timedImport(db, "officers", officersFile, OFFICERS);
}

async function copyRate(url: string, file: string, rows: number): Promise<{ ms: number; rate: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bare_deployment (personnel_number text, mission_code text, role_code text, start_date date, end_date date, senior boolean)`);
    const started = performance.now();
    await pipeline(fs.createReadStream(file), client.query(copyFrom(`COPY bare_deployment FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const ms = performance.now() - started;
    const { rows: [{ n }] } = await client.query(`SELECT count(*)::int AS n FROM bare_deployment`);
    if (n !== rows) throw new Error(`COPY loaded ${n} rows, expected ${rows}`);
    return { ms, rate: (rows * 1000) / ms };
  } finally {
    await client.end();
  }
}

/**
 * The floor for the same target table: TRUNCATE the imported deployments, COPY the file into a
 * staging table, then one INSERT ... SELECT with the joins to officers, missions and roles; its
 * cost over the bare COPY is PostgreSQL's own foreign-key checks and index maintenance.
 */
async function copyThenInsertRate(url: string, file: string, rows: number): Promise<{ ms: number; rate: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`TRUNCATE deployment`);
    const started = performance.now();
    await client.query("BEGIN");
    await client.query(`CREATE TEMP TABLE staging (personnel_number text, mission_code text, role_code text, start_date date, end_date date, senior boolean) ON COMMIT DROP`);
    await pipeline(fs.createReadStream(file), client.query(copyFrom(`COPY staging FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const result = await client.query(
      `INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source)
       SELECT o.id, m.id, r.id, s.start_date, s.end_date, coalesce(s.senior, false), 'bench'
       FROM staging s JOIN officer o ON o.personnel_number = s.personnel_number JOIN mission m ON m.code = s.mission_code JOIN role r ON r.code = s.role_code
       ON CONFLICT (officer_id, mission_id, start_date) DO NOTHING`);
    await client.query("COMMIT");
    const ms = performance.now() - started;
    if (result.rowCount !== rows) throw new Error(`COPY + INSERT wrote ${result.rowCount} rows, expected ${rows}`);
    return { ms, rate: (rows * 1000) / ms };
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL's own COPY of the same rows into the `deployment` table itself, with its indexes and
 * foreign keys: the imported rows are copied out (ids resolved), the table truncated, the rows
 * copied back in and timed. No importer writing this table can beat it by much.
 */
async function copyIntoTableRate(url: string, rows: number): Promise<{ ms: number; rate: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const idsFile = path.join(work, "deployment-ids.csv");
  const columns = "officer_id, mission_id, role_id, team_id, start_date, end_date, senior, source";
  try {
    await pipeline(client.query(copyTo(`COPY (SELECT ${columns} FROM deployment) TO STDOUT WITH (FORMAT csv)`)), fs.createWriteStream(idsFile));
    await client.query(`TRUNCATE deployment`);
    const started = performance.now();
    await pipeline(fs.createReadStream(idsFile), client.query(copyFrom(`COPY deployment (${columns}) FROM STDIN WITH (FORMAT csv)`)));
    const ms = performance.now() - started;
    const { rows: [{ n }] } = await client.query(`SELECT count(*)::int AS n FROM deployment`);
    if (n !== rows) throw new Error(`COPY loaded ${n} rows, expected ${rows}`);
    return { ms, rate: (rows * 1000) / ms };
  } finally {
    await client.end();
  }
}

/**
 * The import as a role that may not set session_replication_role, as an application role usually
 * is: PostgreSQL's triggers check the foreign keys row by row.
 */
async function importWithoutPrivilege(url: string, file: string, rows: number): Promise<{ ms: number; rate: number }> {
  const role = `peaceops_bench_importer_${process.pid}`;
  const su = new Client({ connectionString: url });
  await su.connect();
  try {
    await su.query(`TRUNCATE deployment`);
    await su.query(`CREATE ROLE ${role} LOGIN`);
    await su.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}; GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    const db = createDataSource({ url: Object.assign(new URL(url), { username: role }).toString(), poolSize: 2 });
    await db.initialize();
    try {
      return await timedImport(db, "deployments", file, rows);
    } finally {
      await db.destroy();
    }
  } finally {
    await su.query(`DROP OWNED BY ${role}`).catch(() => undefined);
    await su.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    await su.end();
  }
}

async function main(): Promise<void> {
  const officersFile = path.join(work, "officers.csv");
  const deploymentsFile = path.join(work, "deployments.csv");
  const embeddedFile = path.join(work, "deployments-embedded.csv");
  await writeCsv(officersFile, "personnel_number,gender,rank,police_service_code", OFFICERS, officerLine);
  const header = "personnel_number,mission_code,role_code,start_date,end_date,senior";
  await writeCsv(deploymentsFile, header, DEPLOYMENTS, deploymentLine);
  await writeCsv(embeddedFile, header, Math.min(EMBEDDED_DEPLOYMENTS, DEPLOYMENTS), deploymentLine);
  const mb = (f: string) => (fs.statSync(f).size / 1e6).toFixed(1);
  console.log(`files: ${OFFICERS} officers (${mb(officersFile)} MB), ${DEPLOYMENTS} deployments (${mb(deploymentsFile)} MB)`);

  const name = `peaceops_bench_import_${process.pid}`;
  const url = databaseUrl(name);
  await admin(`CREATE DATABASE ${name}`);
  const results: string[] = [];
  try {
    const db = createDataSource({ url, poolSize: 2 });
    await db.initialize();
    try {
      await prepare(db, officersFile);
      const ours = await timedImport(db, "deployments", deploymentsFile, DEPLOYMENTS);
      const copy = await copyRate(url, deploymentsFile, DEPLOYMENTS);
      const intoTable = await copyIntoTableRate(url, DEPLOYMENTS);
      const floor = await copyThenInsertRate(url, deploymentsFile, DEPLOYMENTS);
      const unprivileged = await importWithoutPrivilege(url, deploymentsFile, DEPLOYMENTS);
      const line = (what: string, r: { ms: number; rate: number }) => `  ${what.padEnd(44)} ${(r.ms / 1000).toFixed(1).padStart(7)} s ${String(Math.round(r.rate)).padStart(9)} rows/s`;
      results.push([
        `PostgreSQL, ${DEPLOYMENTS} deployments:`,
        line("peaceops import, keys checked by batch", ours),
        line("peaceops import, keys checked by triggers", unprivileged),
        line("COPY into a bare table", copy),
        line("COPY into the deployment table", intoTable),
        line("COPY into staging + INSERT ... SELECT", floor),
        `  ratio import / bare COPY ${(ours.rate / copy.rate).toFixed(3)}; import / COPY into the deployment table ${(ours.rate / intoTable.rate).toFixed(2)}` +
          ` (by triggers: ${(unprivileged.rate / copy.rate).toFixed(3)}; ${(unprivileged.rate / intoTable.rate).toFixed(2)})`,
      ].join("\n"));
    } finally {
      await db.destroy();
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  console.log(results[0]);

  const embedded = await startEmbeddedDatabase();
  const edb = createDataSource({ embedded });
  await edb.initialize();
  try {
    await prepare(edb, officersFile);
    const rows = Math.min(EMBEDDED_DEPLOYMENTS, DEPLOYMENTS);
    const ours = await timedImport(edb, "deployments", embeddedFile, rows);
    console.log(`embedded: import ${rows} deployments in ${(ours.ms / 1000).toFixed(1)} s = ${Math.round(ours.rate)} rows/s`);
  } finally {
    await edb.destroy();
    await embedded.close();
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(work, { recursive: true, force: true }));

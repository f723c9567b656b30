import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";

const BIN = path.join(__dirname, "..", "..", "bin", "peaceops.js");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-cli-import-"));
const dataDir = path.join(work, "data");
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _a, PEACEOPS_SEED: _b, PORT: _c, ...rest } = process.env;
  return { ...rest, PEACEOPS_DATA_DIR: dataDir, PEACEOPS_SEED: "reference", LOG_LEVEL: "warn", ...extra };
}

function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: env(extra), cwd: work });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function serve(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, "serve"], { env: env({ PORT: "0" }), cwd: work });
  let out = "";
  return new Promise((resolve, reject) => {
    child.stderr!.on("data", (d) => (out += d));
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /serving GraphQL at (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

const write = (name: string, text: string) => {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
};

describe("peaceops import on the embedded database", () => {
  it("prints a JSON summary, reports errors with status 1, dry-runs, and refuses an unknown kind in one line", async () => {
    const services = write("services.csv", "code,name,jurisdiction,province,colour\nCLIPS,\"Sûreté, test\",provincial,QC,red\n");
    const json = await run(["import", "police-services", services, "--json"]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      kind: "police-services", file: "services.csv", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), dryRun: false,
      rows: 1, inserted: 1, updated: 0, unchanged: 0,
      warnings: [{ line: 1, column: "colour", message: "unknown column, ignored" }], warningCount: 1, errors: [], errorCount: 0,
    });
    expect((await run(["import", "police-services", services])).stdout).toBe(
      "warning line 1, column colour: unknown column, ignored\nservices.csv: 1 police-services row(s), 0 inserted, 0 updated, 1 unchanged; 1 warning(s).\n");

    const bad = await run(["import", "officers", write("bad.csv", "personnel_number,gender,police_service_code\nCLI-1,FEMALE,CLIPS\nCLI-2,cat,CLIPS\n")]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      'error line 3, column gender: "cat" is not one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED\nbad.csv: 1 error(s) in officers; nothing was written.\n');
    expect(bad.stderr).toBe("peaceops: import of bad.csv rejected: 1 error(s), nothing was written\n");
    const badJson = await run(["import", "officers", path.join(work, "bad.csv"), "--json"]);
    expect(badJson.code).toBe(1);
    expect(JSON.parse(badJson.stdout)).toMatchObject({ inserted: 0, errors: [{ line: 3, column: "gender", message: '"cat" is not one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED' }], errorCount: 1 });

    const officers = write("officers.csv", "personnel_number,gender,police_service_code\nCLI-1,FEMALE,CLIPS\nCLI-2,MALE,RCMP\n");
    const dry = await run(["import", "officers", officers, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe("officers.csv: 2 officers row(s), dry run, nothing written: would be 2 inserted, 0 updated, 0 unchanged.\n");

    const unknown = await run(["import", "aliens", officers]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('peaceops: Unknown kind "aliens": one of police-services, missions, teams, officers, deployments, trainings, un-contributions.\n');
    const missing = await run(["import", "officers", "missing.csv"]);
    expect([missing.code, missing.stderr]).toEqual([1, "peaceops: Cannot read missing.csv: no such file.\n"]);
  }, 180_000);

  it("imports through a running server's database, which serves the rows at once", async () => {
    const server = await serve();
    try {
      const query = `{ officer(personnelNumber: "CLI-1") { personnelNumber gender source policeService { code name } } officers(first: 1) { totalCount } }`;
      const gql = async () => (await (await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })).json()) as any;
      expect((await gql()).data).toEqual({ officer: null, officers: { totalCount: 0 } });
      // Large enough for progress lines (not a terminal here).
      const rows = Array.from({ length: 12_000 }, (_, i) => `CLI-${i + 1},${i % 2 ? "MALE" : "FEMALE"},Constable of the peace,SQ`);
      const file = write("many.csv", ["personnel_number,gender,rank,police_service_code", ...rows].join("\n"));
      const imported = await run(["import", "officers", file]);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toBe("many.csv: 12000 officers row(s), 12000 inserted, 0 updated, 0 unchanged.\n");
      expect(imported.stderr).toMatch(/^import: validating 12000 rows, 100% of the file, \d+ rows\/s, [\d.]+ s$/m);
      expect(imported.stderr).toMatch(/^import: writing 12000 rows, 100% of the file, \d+ rows\/s, [\d.]+ s$/m);
      expect((await gql()).data).toEqual({
        officer: { personnelNumber: "CLI-1", gender: "FEMALE", source: "many.csv", policeService: { code: "SQ", name: "Sûreté du Québec" } },
        officers: { totalCount: 12000 },
      });
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
  }, 180_000);
});

const pgUrl = process.env.TEST_DATABASE_URL;
describe.runIf(pgUrl)("peaceops import on PostgreSQL", () => {
  const name = `peaceops_cli_import_${process.pid}`;
  const url = pgUrl ? Object.assign(new URL(pgUrl), { pathname: `/${name}` }).toString() : "";
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  afterAll(async () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it("refuses before `migrate`, then imports", async () => {
    await admin(`CREATE DATABASE ${name}`);
    const services = write("pg-services.csv", "code,name,jurisdiction\nPGPS,Postgres Police,MUNICIPAL\n");
    const early = await run(["import", "police-services", services], { DATABASE_URL: url });
    expect(early.code).toBe(1);
    expect(early.stderr).toBe("peaceops: The database has pending migrations: run `npx peaceops migrate` first.\n");
    expect((await run(["migrate"], { DATABASE_URL: url })).code).toBe(0);
    const json = await run(["import", "police-services", services, "--json"], { DATABASE_URL: url });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 1, inserted: 1, updated: 0, unchanged: 0, errorCount: 0 });
    const c = new Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(`SELECT code, name, jurisdiction FROM police_service`);
    await c.end();
    expect(rows).toEqual([{ code: "PGPS", name: "Postgres Police", jurisdiction: "MUNICIPAL" }]);
  }, 120_000);
});

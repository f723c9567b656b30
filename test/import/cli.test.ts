import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { cliWorkspace, pgAdmin, stop } from "../support/cli";

const { work, run, serve, write, cleanup } = cliWorkspace("peaceops-cli-import", () => ({ PEACEOPS_SEED: "reference" }));
afterAll(cleanup);

describe("peaceops import on the embedded database", () => {
  it("prints a JSON summary, reports errors with status 1, dry-runs, and refuses an unknown kind in one line", async () => {
    const services = write("services.csv", "code,name,jurisdiction,province,colour\nCLIPS,\"Sûreté, test\",provincial,QC,red\n");
    const json = await run(["import", "police-services", services, "--json"]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      kind: "police-services", file: "services.csv", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), dryRun: false,
      encoding: "UTF-8", delimiter: ",", rows: 1, inserted: 1, updated: 0, unchanged: 0,
      warnings: [{ line: 1, column: "colour", message: "unknown column, ignored" }], warningCount: 1, errors: [], errorCount: 0,
    });
    expect((await run(["import", "police-services", services])).stdout).toBe(
      "warning line 1, column colour: unknown column, ignored\nservices.csv (UTF-8, comma-separated): 1 police-services row(s), 0 inserted, 0 updated, 1 unchanged; 1 warning(s).\n");

    const bad = await run(["import", "officers", write("bad.csv", "personnel_number,gender,police_service_code\nCLI-1,FEMALE,CLIPS\nCLI-2,cat,CLIPS\n")]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      'error line 3, column gender: "cat" is not one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED\nbad.csv (UTF-8, comma-separated): 1 error(s) in officers; nothing was written.\n');
    expect(bad.stderr).toBe("peaceops: import of bad.csv rejected: 1 error(s), nothing was written\n");
    const badJson = await run(["import", "officers", path.join(work, "bad.csv"), "--json"]);
    expect(badJson.code).toBe(1);
    expect(JSON.parse(badJson.stdout)).toMatchObject({ inserted: 0, errors: [{ line: 3, column: "gender", message: '"cat" is not one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED' }], errorCount: 1 });

    const officers = write("officers.csv", "personnel_number,gender,police_service_code\nCLI-1,FEMALE,CLIPS\nCLI-2,MALE,RCMP\n");
    const dry = await run(["import", "officers", officers, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe("officers.csv (UTF-8, comma-separated): 2 officers row(s), dry run, nothing written: would be 2 inserted, 0 updated, 0 unchanged.\n");

    const unknown = await run(["import", "aliens", officers]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('peaceops: Unknown kind "aliens": one of police-services, missions, teams, officers, deployments, trainings, un-contributions.\n');
    const missing = await run(["import", "officers", "missing.csv"]);
    expect([missing.code, missing.stderr]).toEqual([1, "peaceops: Cannot read missing.csv: no such file.\n"]);
  }, 180_000);

  it("reads a Windows-1252, semicolon-separated file with --encoding and --delimiter, and names a wrong option value", async () => {
    const latin = Buffer.from("code;name;jurisdiction;province\r\nCLIQC;S\xfbret\xe9 du Qu\xe9bec;PROVINCIAL;QC\r\n", "latin1");
    const file = write("sq-windows.csv", latin);
    const done = await run(["import", "police-services", file, "--encoding", "windows-1252", "--delimiter", ";"]);
    expect([done.code, done.stdout]).toEqual([0, "sq-windows.csv (Windows-1252, semicolon-separated): 1 police-services row(s), 1 inserted, 0 updated, 0 unchanged.\n"]);
    const badEncoding = await run(["import", "police-services", file, "--encoding", "utf-32"]);
    expect([badEncoding.code, badEncoding.stderr]).toEqual([1,
      `peaceops: --encoding "utf-32" is not an encoding peaceops reads: utf-8 (the default; UTF-16 and byte order marks are recognised by themselves), windows-1252 (also latin1) or macintosh\n`]);
    const badDelimiter = await run(["import", "police-services", file, "--delimiter", "|"]);
    expect([badDelimiter.code, badDelimiter.stderr]).toEqual([1,
      `peaceops: --delimiter "|" is not a separator peaceops reads: "," (comma), ";" (semicolon) or "\\t" (tab, also written "tab")\n`]);
  }, 120_000);

  it("imports through a running server's database, which serves the rows at once", async () => {
    const server = await serve();
    try {
      // Officer records need an ANALYST key, itself made through the running server.
      const token = JSON.parse((await run(["keys", "create", "--role", "ANALYST", "--name", "import check", "--json"])).stdout).token;
      const query = `{ officer(personnelNumber: "CLI-1") { personnelNumber gender source policeService { code name } } officers(first: 1) { totalCount } }`;
      const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
      const gql = async () => (await (await fetch(server.url, { method: "POST", headers, body: JSON.stringify({ query }) })).json()) as any;
      expect((await gql()).data).toEqual({ officer: null, officers: { totalCount: 0 } });
      // Large enough for progress lines (not a terminal here).
      const rows = Array.from({ length: 12_000 }, (_, i) => `CLI-${i + 1},${i % 2 ? "MALE" : "FEMALE"},Constable of the peace,SQ`);
      const file = write("many.csv", ["personnel_number,gender,rank,police_service_code", ...rows].join("\n"));
      const imported = await run(["import", "officers", file]);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toBe("many.csv (UTF-8, comma-separated): 12000 officers row(s), 12000 inserted, 0 updated, 0 unchanged.\n");
      // One pass: rows are written as they are read.
      expect(imported.stderr).toMatch(/^import: importing 12000 rows, 100% of the file, \d+ rows\/s, [\d.]+ s$/m);
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
  const admin = (sql: string) => pgAdmin(pgUrl!, sql);
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

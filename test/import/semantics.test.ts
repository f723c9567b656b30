import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportUsageError } from "../../src/core/ingest/import";
import { formatReport } from "../../src/core/ingest/report";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { counts, csvFolder, importCsv, importRejected, loadReference, problems, snapshot } from "./helpers";

const files = csvFolder();
afterAll(() => files.cleanup());

describe.each(databaseTargets())("import semantics on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    await loadReference(t.db);
  });
  afterAll(() => t?.close());

  const rejected = (kind: string, text: string) => importRejected(t.db, kind, files.write(text));

  it("reads a BOM, CRLF, quoted commas, doubled quotes, newlines in fields and accented names", async () => {
    const text = "\uFEFFcode,name,jurisdiction,province\r\n" +
      'QSQ,"Sûreté du Québec, ""division"" Montréal",PROVINCIAL,QC\r\n' +
      '"QQUOTED","Police de la Baie-James",MUNICIPAL,QC\r\n' +
      "QAFTER,Après,MUNICIPAL,QC\r\n";
    const s = await importCsv(t.db, "police-services", files.write(text));
    expect(counts(s)).toEqual({ rows: 3, inserted: 3, updated: 0, unchanged: 0 });
    expect(await t.db.query(`SELECT code, name FROM police_service WHERE code LIKE 'Q%' ORDER BY code`)).toEqual([
      { code: "QAFTER", name: "Après" },
      { code: "QQUOTED", name: "Police de la Baie-James" },
      { code: "QSQ", name: 'Sûreté du Québec, "division" Montréal' },
    ]);
    // A name is one line: a line break in a quoted field is read, and refused. Line numbers count
    // the physical lines of a multi-line record.
    const bad = await rejected("police-services", "code,name,jurisdiction\r\nQ1,\"two\r\nlines\",FEDERAL\r\nQ2,x,NONE\r\n");
    expect(problems(bad)).toEqual([
      "2 name: contains a line break U+000D at position 4; a name is 1 to 500 characters of any script; control characters, line breaks, bidirectional controls (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) and invisible formatting characters (except U+200C, U+200D) are refused",
      '4 jurisdiction: "NONE" is not one of FEDERAL, PROVINCIAL, MUNICIPAL, FIRST_NATIONS',
    ]);
  });

  it("stores injection strings verbatim and runs none of them", async () => {
    const evil = ["Robert'); DROP TABLE officer;--", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "$1 \\x00 '' \" ; --"];
    const csv = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const text = `personnel_number,given_name,family_name,gender,rank,police_service_code\nINJ-1,${csv(evil[0])},${csv(evil[1])},MALE,${csv(evil[2])},RCMP\nINJ-2,${csv(evil[3])},,FEMALE,,RCMP\n`;
    expect(counts(await importCsv(t.db, "officers", files.write(text)))).toMatchObject({ inserted: 2 });
    expect(await t.db.query(`SELECT given_name, family_name, rank FROM officer WHERE personnel_number LIKE 'INJ-%' ORDER BY personnel_number`)).toEqual([
      { given_name: evil[0], family_name: evil[1], rank: evil[2] },
      { given_name: evil[3], family_name: null, rank: null },
    ]);
    const bad = await rejected("officers", `personnel_number,gender,police_service_code\nINJ-3,"MALE'; DROP TABLE officer;--",RCMP\n`);
    expect(problems(bad)).toEqual([`2 gender: "MALE'; DROP TABLE officer;--" is not one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED`]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM officer WHERE personnel_number LIKE 'INJ-%'`)).toEqual([{ n: 2 }]);
    const nul = await rejected("officers", `personnel_number,gender,rank,police_service_code\nINJ-4,MALE,a\u0000b,RCMP\n`);
    expect(problems(nul)).toEqual(["2 rank: contains a NUL character; remove it (it is not text)"]);
  });

  it("checks the header before any row: a missing required column, a column twice, an empty file", async () => {
    const missing = await rejected("police-services", "code,name,province\nBAD,Bad,ZZ\n");
    expect(problems(missing)).toEqual(["1 jurisdiction: required column is missing; police-services files have the columns code, name, jurisdiction, province (optional)"]);
    const twice = await rejected("police-services", "code,name,jurisdiction,name\nX,Y,FEDERAL,Z\n");
    expect(problems(twice)).toEqual(["1 name: appears twice in the header"]);
    expect(problems(await rejected("police-services", ""))).toEqual(["1 -: the file is empty: a header row is required"]);
    expect(problems(await rejected("police-services", 'code,name,jurisdiction\nX,"unclosed,FEDERAL\n'))).toEqual([
      "2 -: a quoted field is not closed before the end of the file; the field that starts with a quote on this line needs a closing quote (a quote inside a quoted field is written twice: \"\")",
    ]);
  });

  it("reports the first 100 problems and counts the rest", async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `M${i},Name,MARTIAN,`);
    const s = await rejected("police-services", ["code,name,jurisdiction,province", ...rows].join("\n"));
    expect(s.errors.length).toBe(100);
    expect(s.errorCount).toBe(150);
    expect(s.errors[99]).toEqual({ line: 101, column: "jurisdiction", message: '"MARTIAN" is not one of FEDERAL, PROVINCIAL, MUNICIPAL, FIRST_NATIONS' });
    const report = formatReport(s).trimEnd().split("\n");
    expect(report.length).toBe(102);
    expect(report[0]).toBe('error line 2, column jurisdiction: "MARTIAN" is not one of FEDERAL, PROVINCIAL, MUNICIPAL, FIRST_NATIONS');
    expect(report.slice(-2)).toEqual([
      "... and 50 more errors (150 in all)",
      `${s.file} (UTF-8, comma-separated): 150 error(s) in police-services; nothing was written.`,
    ]);
  });

  it("a dry run counts and writes nothing; a real run writes one audit entry", async () => {
    const text = "code,name,jurisdiction\nDRY1,Dry one,FEDERAL\nRCMP,Royal Canadian Mounted Police,FEDERAL\nOPP,Ontario Police,PROVINCIAL\n";
    const file = files.write(text, "dry.csv");
    const before = await snapshot(t.db);
    const dry = await importCsv(t.db, "police-services", file, { dryRun: true });
    expect({ ...counts(dry), dryRun: dry.dryRun }).toEqual({ rows: 3, inserted: 1, updated: 1, unchanged: 1, dryRun: true });
    expect(await snapshot(t.db)).toEqual(before);

    const real = await importCsv(t.db, "police-services", file);
    expect(counts(real)).toEqual({ rows: 3, inserted: 1, updated: 1, unchanged: 1 });
    const audit = await t.db.query(`SELECT actor_kind, actor, action, entity, details FROM audit_entry ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual([{
      actor_kind: "CLI", actor: expect.stringMatching(/^cli:/), action: "IMPORT", entity: "police-services",
      details: { file: "dry.csv", sha256: real.sha256, rows: 3, inserted: 1, updated: 1, unchanged: 1, warnings: 0 },
    }]);
    expect(real.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual([{ n: (before.audit_entry as unknown[]).length + 1 }]);
  });

  it("turns a constraint the database enforces on a kept value into one error, writing nothing", async () => {
    const file = "title,topic_code,country_iso3,start_date,participants,female_participants,female_only\nWomen only,HUMAN_RIGHTS,UKR,2020-01-01,5,5,true\n";
    expect(counts(await importCsv(t.db, "trainings", files.write(file)))).toMatchObject({ inserted: 1 });
    // female_only stays true (the column is absent) while the counts now differ.
    const before = await snapshot(t.db);
    await expect(importCsv(t.db, "trainings", files.write("title,topic_code,country_iso3,start_date,participants,female_participants\nWomen only,HUMAN_RIGHTS,UKR,2020-01-01,6,5\n")))
      .rejects.toThrow(new RegExp(`^The database refused the import of file\\d+\\.csv; nothing was written: a row breaks the rule "female_only is true but female_participants differs from participants" with a value stored earlier in female_only, which the file does not have: add that column to the file$`));
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("rolls back the batches already written when a later record has a problem", async () => {
    const header = "personnel_number,gender,police_service_code";
    const lines = [header, "BATCH-1,FEMALE,RCMP", "BATCH-2,MALE,RCMP", "BATCH-3,MALE,OPP", "BATCH-4,FEMALE,OPP", "BATCH-5,NOBODY,OPP", "BATCH-6,MALE,NOPE"];
    // Batches of two: lines 2-5 are written before line 6 is read.
    const s = await importRejected(t.db, "officers", files.write(lines.join("\n")), { batchSize: 2 });
    expect(problems(s)).toEqual([
      '6 gender: "NOBODY" is not one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED',
      '7 police_service_code: unknown police service "NOPE"; the police services are listed by `peaceops export police-services`, and a new one is added by importing it first',
    ]);
    expect(s.rows).toBe(6);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM officer WHERE personnel_number LIKE 'BATCH-%'`)).toEqual([{ n: 0 }]);
  });

  it("reports the file's problems, not the database's refusal of an earlier batch", async () => {
    const header = "title,topic_code,country_iso3,start_date,participants,female_participants";
    expect(counts(await importCsv(t.db, "trainings", files.write(`${header},female_only\nRefused later,HUMAN_RIGHTS,UKR,2021-01-01,4,4,true\n`))))
      .toMatchObject({ inserted: 1 });
    // Line 2 breaks the kept female_only: the database refuses its batch.
    const lines = [header, "Refused later,HUMAN_RIGHTS,UKR,2021-01-01,5,4", "Fine,HUMAN_RIGHTS,UKR,2021-02-01,5,4"];
    const before = await snapshot(t.db);
    await expect(importCsv(t.db, "trainings", files.write(lines.join("\n")), { batchSize: 1 }))
      .rejects.toThrow(/breaks the rule "female_only is true but female_participants differs from participants" with a value stored earlier in female_only, which the file does not have: add that column to the file$/);
    expect(await snapshot(t.db)).toEqual(before);
    // With an invalid line 4 too, the report names that line.
    const s = await importRejected(t.db, "trainings", files.write([...lines, "Bad,HUMAN_RIGHTS,UKR,2021-03-01,5,6"].join("\n")), { batchSize: 1 });
    expect(problems(s)).toEqual(["4 female_participants: female_participants (6) must not exceed participants (5)"]);
  });

  it("refuses an unknown kind or a missing file before reading anything", async () => {
    await expect(importCsv(t.db, "aliens", files.write("a\n"))).rejects.toThrow(new ImportUsageError(
      'Unknown kind "aliens": one of police-services, missions, teams, officers, deployments, trainings, un-contributions.'));
    await expect(importCsv(t.db, "officers", `${files.dir}/nope.csv`)).rejects.toThrow(`Cannot read ${files.dir}/nope.csv: no such file.`);
  });
});

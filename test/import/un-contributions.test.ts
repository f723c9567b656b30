import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../src/core/db/seed";
import { dataPath } from "../../src/core/paths";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { unContributionsKind } from "../../src/core/ingest/kinds/un-contributions.kind";
import { ProblemList } from "../../src/core/ingest/problems";
import { loadReferences } from "../../src/core/ingest/references";
import { counts, csvFolder, importCsv, problems, snapshot, warnings } from "./helpers";

const files = csvFolder();
afterAll(() => files.cleanup());
const SHIPPED = dataPath("un", "un_uniformed_contributions_2015_2025.csv");
const HEADER = "as_of_date,mission,contributing_country,country_iso3,personnel_type,male,female,total,source_pdf,source_layout";

// Every stored UN row by its natural key, ids left out.
const unRows = (t: TestDatabase) => t.db.query(
  `SELECT u.as_of_date, m.code AS mission, u.country_iso3, u.personnel_type, u.male, u.female, u.total, u.source
   FROM un_contribution u LEFT JOIN mission m ON m.id = u.mission_id
   ORDER BY u.as_of_date, m.code COLLATE "C" NULLS FIRST, u.country_iso3, u.personnel_type`);

describe.each(databaseTargets())("importing UN contributions on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    await seedDatabase(t.db, "reference");
  });
  afterAll(() => t?.close());

  it("re-imports the shipped file into the seeded database with every row unchanged, and loads it whole into an empty table", async () => {
    const shipped = parse(fs.readFileSync(SHIPPED, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    expect(shipped.length).toBe(104675);
    const seeded = await unRows(t);
    const again = await importCsv(t.db, "un-contributions", SHIPPED);
    expect(counts(again)).toEqual({ rows: 104675, inserted: 0, updated: 0, unchanged: 104675 });
    expect(again.warningCount + again.errorCount).toBe(0);
    expect(await unRows(t)).toEqual(seeded);

    await t.db.query(`DELETE FROM un_contribution`);
    const fresh = await importCsv(t.db, "un-contributions", SHIPPED);
    expect(counts(fresh)).toEqual({ rows: 104675, inserted: 104675, updated: 0, unchanged: 0 });
    expect(await unRows(t)).toEqual(seeded);
    // Independent of the seed: the file's own totals.
    const [sums] = await t.db.query(`SELECT sum(total)::int AS total, sum(female)::int AS female, count(*) FILTER (WHERE mission_id IS NULL)::int AS country_totals FROM un_contribution`);
    expect(sums).toEqual({
      total: shipped.reduce((s, r) => s + Number(r.total), 0),
      female: shipped.reduce((s, r) => s + Number(r.female), 0),
      country_totals: shipped.filter((r) => r.mission === "").length,
    });
  }, 300_000);

  it("creates an unknown mission as UN-led with a warning, upserts country totals, updates a changed count", async () => {
    const valid = [
      HEADER,
      "2025-08-31,MINUSCA,Canada,CAN,individual police,3,2,5,UN_2025_08.pdf,A",
      "2025-08-31,,Canada,CAN,Troops,10,0,10,,A",
      "2025-09-30,UNNEW,Canada,CAN,FORMED_POLICE_UNIT,1,1,2,UN_2025_09.pdf,A",
      "2025-08-31,UNNEW,Canada,CAN,Experts on Mission,1,0,1,UN_2025_08.pdf,A",
    ].join("\n");
    const file = files.write(valid, "un-2025-08.csv");
    const first = await importCsv(t.db, "un-contributions", file, { createMissions: true });
    expect(counts(first)).toEqual({ rows: 4, inserted: 4, updated: 0, unchanged: 0 });
    expect(warnings(first)).toEqual(['4 mission: unknown mission "UNNEW": created as a UN-led mission named UNNEW, to be completed']);
    expect(await t.db.query(`SELECT m.name, o.code AS lead, m.kind, m.start_date, m.end_date, m.source FROM mission m JOIN organization o ON o.id = m.lead_organization_id WHERE m.code = 'UNNEW'`))
      .toEqual([{ name: "UNNEW", lead: "UN", kind: "OTHER", start_date: "2025-08-31", end_date: null, source: "un-2025-08.csv" }]);
    const added = (await unRows(t)).filter((r: { as_of_date: string }) => r.as_of_date >= "2025-08-01");
    expect(added).toEqual([
      { as_of_date: "2025-08-31", mission: null, country_iso3: "CAN", personnel_type: "TROOPS", male: 10, female: 0, total: 10, source: "un-2025-08.csv" },
      { as_of_date: "2025-08-31", mission: "MINUSCA", country_iso3: "CAN", personnel_type: "INDIVIDUAL_POLICE", male: 3, female: 2, total: 5, source: "UN_2025_08.pdf" },
      { as_of_date: "2025-08-31", mission: "UNNEW", country_iso3: "CAN", personnel_type: "EXPERT_ON_MISSION", male: 1, female: 0, total: 1, source: "UN_2025_08.pdf" },
      { as_of_date: "2025-09-30", mission: "UNNEW", country_iso3: "CAN", personnel_type: "FORMED_POLICE_UNIT", male: 1, female: 1, total: 2, source: "UN_2025_09.pdf" },
    ]);

    const again = await importCsv(t.db, "un-contributions", file);
    expect(counts(again)).toEqual({ rows: 4, inserted: 0, updated: 0, unchanged: 4 });
    expect(again.warningCount).toBe(0);
    const changed = await importCsv(t.db, "un-contributions", files.write(valid.replace("Troops,10,0,10", "Troops,11,1,12"), "un-2025-08.csv"));
    expect(counts(changed)).toEqual({ rows: 4, inserted: 0, updated: 1, unchanged: 3 });
    expect(await t.db.query(`SELECT male, female, total FROM un_contribution WHERE as_of_date = '2025-08-31' AND mission_id IS NULL`))
      .toEqual([{ male: 11, female: 1, total: 12 }]);
  });

  it("in batches of one row: creates a new mission before its first batch and moves its start to an earlier date found later", async () => {
    const file = files.write([
      HEADER,
      "2025-07-31,UNBATCH,Canada,CAN,Troops,4,1,5,,A",
      "2025-06-30,UNBATCH,Canada,CAN,Troops,3,1,4,,A",
      "2025-05-31,MINUSCA,Canada,CAN,Troops,2,0,2,,A",
      "2025-05-31,UNBATCH,Canada,CAN,Staff Officer,1,0,1,,A",
      "2025-04-30,UNLATE,Canada,CAN,Troops,1,0,1,,A",
      "2025-03-31,UNLATE,Canada,CAN,Troops,1,0,1,,A",
    ].join("\n"), "un-batches.csv");
    const s = await importCsv(t.db, "un-contributions", file, { batchSize: 1, createMissions: true });
    expect(counts(s)).toEqual({ rows: 6, inserted: 6, updated: 0, unchanged: 0 });
    expect(warnings(s)).toEqual([
      '2 mission: unknown mission "UNBATCH": created as a UN-led mission named UNBATCH, to be completed',
      '6 mission: unknown mission "UNLATE": created as a UN-led mission named UNLATE, to be completed',
    ]);
    expect(await t.db.query(`SELECT code, start_date FROM mission WHERE code IN ('UNBATCH', 'UNLATE') ORDER BY code`))
      .toEqual([{ code: "UNBATCH", start_date: "2025-05-31" }, { code: "UNLATE", start_date: "2025-03-31" }]);
    expect(await t.db.query(
      `SELECT u.as_of_date, u.personnel_type, u.total FROM un_contribution u JOIN mission m ON m.id = u.mission_id WHERE m.code = 'UNBATCH' ORDER BY u.as_of_date`))
      .toEqual([
        { as_of_date: "2025-05-31", personnel_type: "STAFF_OFFICER", total: 1 },
        { as_of_date: "2025-06-30", personnel_type: "TROOPS", total: 4 },
        { as_of_date: "2025-07-31", personnel_type: "TROOPS", total: 5 },
      ]);
  });

  it("stores a new mission's start as sent, when an earlier date is read while the mission is being created", async () => {
    const qr = t.db.createQueryRunner();
    try {
      await qr.startTransaction();
      const refs = await loadReferences(qr.manager, unContributionsKind.references);
      const file = { name: "race.csv", columns: new Set(HEADER.split(",")), warnings: new ProblemList() };
      const state = unContributionsKind.newState!();
      state.missions.set("UNRACE", { firstDate: "2025-04-30" });
      const creating = unContributionsKind.prepare!(qr.manager, refs, file, state, []);
      // What the next batch's parse does meanwhile.
      state.missions.get("UNRACE")!.firstDate = "2025-03-31";
      await creating;
      // Created with the date sent, then moved to the earlier one by the same call.
      expect(await qr.query(`SELECT start_date FROM mission WHERE code = 'UNRACE'`)).toEqual([{ start_date: "2025-03-31" }]);
      expect(state.missions.get("UNRACE")).toEqual({ firstDate: "2025-03-31", storedDate: "2025-03-31" });
      await qr.rollbackTransaction();
    } finally {
      await qr.release();
    }
  });

  it("a mission created by an early batch of a file rejected later is not kept", async () => {
    const before = await snapshot(t.db);
    const bad = await importCsv(t.db, "un-contributions", files.write([
      HEADER,
      "2025-11-30,UNGONE,Canada,CAN,Troops,1,0,1,,A",
      "2025-11-30,MINUSCA,Canada,CAN,Troops,1,0,1,,A",
      "2025-11-30,MINUSCA,Canada,CAN,Troops,1,1,3,,A",
    ].join("\n")), { batchSize: 1, createMissions: true });
    expect(problems(bad)).toEqual([
      "4 total: total (3) must be male + female (2)",
    ]);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM mission WHERE code = 'UNGONE'`)).toEqual([{ n: 0 }]);
  });

  it("rejects bad rows, and an unknown mission in a rejected file is not created", async () => {
    const before = await snapshot(t.db);
    const bad = await importCsv(t.db, "un-contributions", files.write([
      "as_of_date,mission,country_iso3,personnel_type,male,female,total,notes",
      "2025-10-31,UNLATER,CAN,Police,3,2,5,",
      "2025-10-31,MINUSCA,CAN,Troops,3,2,6,",
      "2025-10-31,MINUSCA,XXX,Troops,1,0,1,",
      "2025-10-31,,CAN,troops,1,0,1,",
      "2025-10-31,,CAN,TROOPS,1,0,1,",
      "2025-10-31,MINUSCA,CAN,Troops,-1,2,1,",
    ].join("\n")), { createMissions: true });
    expect(await snapshot(t.db)).toEqual(before);
    expect(warnings(bad)).toEqual([
      "1 notes: unknown column, ignored",
      // UNLATE was created by the test before.
      '2 mission: unknown mission "UNLATER": created as a UN-led mission named UNLATER, to be completed; did you mean "UNLATE"?',
    ]);
    expect(problems(bad)).toEqual([
      '2 personnel_type: "Police" is not one of Individual Police, Formed Police Units, Experts on Mission, Staff Officer, Troops (or INDIVIDUAL_POLICE, FORMED_POLICE_UNIT, EXPERT_ON_MISSION, STAFF_OFFICER, TROOPS)',
      "3 total: total (6) must be male + female (5)",
      '4 country_iso3: unknown country "XXX"; did you mean "XKX"?',
      "6 as_of_date: repeats the as_of_date + mission + country_iso3 + personnel_type of line 5: a row is one record; keep one of the two",
      "7 male: -1 is less than 0",
    ]);
  });
});

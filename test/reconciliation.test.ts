import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../src/core/db/seed";
import type { Caller } from "../src/core/policy";
import * as reports from "../src/core/reports";
import { createScope } from "../src/core/scope";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

const ANALYST: Caller = { kind: "key", name: "test analyst", roles: new Set(["ANALYST"]) };

const FIELDS = "date level unCoverage mission { code } registerHeadcount unReported difference";

/*
 * On top of the shared fixture (test/support/fixture.ts), four months of 2021, worked by hand.
 * Missions: ECCC (UN-led, never in the UN data) and UNTSO (UN-led, in the UN data with military
 * experts only): both NOT_REPORTED. UNMIK gets a Bangladeshi police row, so the UN lists police there.
 * Officers X1..X5 (ids 6..10):
 *   X1 UNISFA 2021-01-01..2021-04-30   X2 UNISFA 2021-01-15..2021-02-28
 *   X3 UNISFA 2021-02-01..2021-03-15 and UNMIK 2021-02-10..2021-02-28
 *   X4 ECCC   2021-01-01..2021-12-31   X5 UNTSO  2021-02-01..2021-02-28
 * UN data:
 *   2021-01-31 by mission: UNISFA CAN individual police 3, CAN formed police 1, CAN experts 2
 *              (not police); UNMIK BGD individual police 4; UNTSO CAN experts 2.
 *   2021-02-28 by country only (no mission): CAN individual police 5, CAN experts 2, BGD FPU 200.
 *   2021-03-31 no data.
 *   2021-04-30 by mission: UNISFA BGD formed police 100 (no Canadian row).
 */
async function setup(db: import("typeorm").DataSource): Promise<void> {
  await db.query(`INSERT INTO mission (id, code, name, lead_organization_id, kind, start_date, end_date, source) VALUES
    (6, 'ECCC', 'Extraordinary Chambers in the Courts of Cambodia', 1, 'TRIBUNAL_SUPPORT', '2006-07-03', NULL, 'fixture'),
    (7, 'UNTSO', 'United Nations Truce Supervision Organization', 1, 'PEACEKEEPING', '1948-05-29', NULL, 'fixture')`);
  await db.query(`INSERT INTO officer (id, personnel_number, given_name, family_name, gender, rank, police_service_id, source) VALUES
    (6, 'X-001', 'Xa', 'One', 'FEMALE', 'Constable', 1, 'synthetic demo'),
    (7, 'X-002', 'Xb', 'Two', 'MALE', 'Constable', 1, 'synthetic demo'),
    (8, 'X-003', 'Xc', 'Three', 'MALE', 'Constable', 2, 'synthetic demo'),
    (9, 'X-004', 'Xd', 'Four', 'FEMALE', 'Constable', 2, 'synthetic demo'),
    (10, 'X-005', 'Xe', 'Five', 'MALE', 'Constable', 3, 'synthetic demo')`);
  await db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source) VALUES
    (6, 5, 1, '2021-01-01', '2021-04-30', false, 'synthetic demo'),
    (7, 5, 2, '2021-01-15', '2021-02-28', false, 'synthetic demo'),
    (8, 5, 2, '2021-02-01', '2021-03-15', false, 'synthetic demo'),
    (8, 2, 2, '2021-02-10', '2021-02-28', false, 'synthetic demo'),
    (9, 6, 1, '2021-01-01', '2021-12-31', false, 'synthetic demo'),
    (10, 7, 2, '2021-02-01', '2021-02-28', false, 'synthetic demo')`);
  await db.query(`INSERT INTO un_contribution (as_of_date, mission_id, country_iso3, personnel_type, male, female, total, source) VALUES
    ('2021-01-31', 5, 'CAN', 'INDIVIDUAL_POLICE', 2, 1, 3, 'fixture'),
    ('2021-01-31', 5, 'CAN', 'FORMED_POLICE_UNIT', 1, 0, 1, 'fixture'),
    ('2021-01-31', 5, 'CAN', 'EXPERT_ON_MISSION', 2, 0, 2, 'fixture'),
    ('2021-01-31', 2, 'BGD', 'INDIVIDUAL_POLICE', 3, 1, 4, 'fixture'),
    ('2021-01-31', 7, 'CAN', 'EXPERT_ON_MISSION', 2, 0, 2, 'fixture'),
    ('2021-02-28', NULL, 'CAN', 'INDIVIDUAL_POLICE', 4, 1, 5, 'fixture'),
    ('2021-02-28', NULL, 'CAN', 'EXPERT_ON_MISSION', 2, 0, 2, 'fixture'),
    ('2021-02-28', NULL, 'BGD', 'FORMED_POLICE_UNIT', 190, 10, 200, 'fixture'),
    ('2021-04-30', 5, 'BGD', 'FORMED_POLICE_UNIT', 95, 5, 100, 'fixture')`);
}

const mission = (date: string, code: string, unCoverage: string, registerHeadcount: number, unReported: number | null = null) =>
  ({ date, level: "MISSION", unCoverage, mission: { code }, registerHeadcount, unReported, difference: unReported === null ? null : registerHeadcount - unReported });

describe.each(databaseTargets())("reconciliation on the $name database", (target) => {
  const fx = useFixtureApp(target, { setup });

  it("reads the UN's granularity month by month: by mission, by country only, never, not at all", async () => {
    const res = await fx.app.gql(`{ reconciliation(from: "2021-01-01", to: "2021-04-30") { ${FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    // MINUSTAH has nothing on either side in 2021: left out. Codes byte by byte; the country total last of its date.
    expect(res.data.reconciliation).toEqual([
      // Reported by mission: UNISFA 2 officers (X1, X2) against 3 individual police + 1 formed police (experts are not police).
      mission("2021-01-31", "ECCC", "NOT_REPORTED", 1),
      mission("2021-01-31", "UNISFA", "REPORTED", 2, 4),
      mission("2021-01-31", "UNMIK", "REPORTED", 0, 0), // police listed there (Bangladeshi), no Canadian: a real 0
      mission("2021-01-31", "UNTSO", "NOT_REPORTED", 0), // in the UN data, but never with police
      // By country only: no mission figure; the total counts X1, X2, X3 once each (X3 in UNISFA and UNMIK),
      // not X4 (ECCC) or X5 (UNTSO), whose missions the UN never lists police in: 3 against 5.
      mission("2021-02-28", "ECCC", "NOT_REPORTED", 1),
      mission("2021-02-28", "UNISFA", "COUNTRY_TOTAL_ONLY", 3),
      mission("2021-02-28", "UNMIK", "COUNTRY_TOTAL_ONLY", 1),
      mission("2021-02-28", "UNTSO", "NOT_REPORTED", 1),
      { date: "2021-02-28", level: "COUNTRY_TOTAL", unCoverage: "REPORTED", mission: null, registerHeadcount: 3, unReported: 5, difference: -2 },
      // No UN report: X1 still in UNISFA (X3 left on 03-15), X4 at the ECCC.
      mission("2021-03-31", "ECCC", "NO_DATA", 1),
      mission("2021-03-31", "UNISFA", "NO_DATA", 1),
      mission("2021-03-31", "UNMIK", "NO_DATA", 0),
      mission("2021-03-31", "UNTSO", "NO_DATA", 0),
      // Reported by mission (a formed police unit row), no Canadian row: UN 0, X1 makes +1.
      mission("2021-04-30", "ECCC", "NOT_REPORTED", 1),
      mission("2021-04-30", "UNISFA", "REPORTED", 1, 0),
      mission("2021-04-30", "UNMIK", "REPORTED", 0, 0),
      mission("2021-04-30", "UNTSO", "NOT_REPORTED", 0),
    ]);
  });

  it("gives one mission's rows only, without the country total", async () => {
    const res = await fx.app.gql(`{ reconciliation(from: "2021-01-01", to: "2021-04-30", mission: "UNISFA") { ${FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.reconciliation).toEqual([
      mission("2021-01-31", "UNISFA", "REPORTED", 2, 4),
      mission("2021-02-28", "UNISFA", "COUNTRY_TOTAL_ONLY", 3),
      mission("2021-03-31", "UNISFA", "NO_DATA", 1),
      mission("2021-04-30", "UNISFA", "REPORTED", 1, 0),
    ]);
  });

  it("exports the levels and coverage, the total row with an empty mission code", async () => {
    // Both sides' sources: the synthetic register rows, the UN's fixture rows of Canadian police (latest 2021-02-28).
    const PROVENANCE_2021_02 = `MIXED,"fixture; synthetic demo",2021-02-28`;
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/reconciliation.csv?from=2021-02-01&to=2021-02-28`, { headers: { authorization: `Bearer ${fx.tokens.ANALYST}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe([
      "date,level,mission_code,un_coverage,register_headcount,un_reported,difference,provenance,provenance_sources,provenance_as_of",
      ...[
        "2021-02-28,MISSION,ECCC,NOT_REPORTED,1,,",
        "2021-02-28,MISSION,UNISFA,COUNTRY_TOTAL_ONLY,3,,",
        "2021-02-28,MISSION,UNMIK,COUNTRY_TOTAL_ONLY,1,,",
        "2021-02-28,MISSION,UNTSO,NOT_REPORTED,1,,",
        "2021-02-28,COUNTRY_TOTAL,,REPORTED,3,5,-2",
      ].map((line) => `${line},${PROVENANCE_2021_02}`),
      "",
    ].join("\n"));
  });
});

describe.each(databaseTargets())("reconciliation of the shipped UN data on the $name database", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await target.open();
    await seedDatabase(database.db, "demo");
  });
  afterAll(async () => database?.close());

  it("reads June 2018, when the UN gave Canada's 22 individual police by country only", async () => {
    const scope = createScope(database.db, "test", ANALYST);
    const rows = await reports.reconciliation(scope, { from: "2018-06-01", to: "2018-06-30" });
    // data/un: 2018-06-30 has no row with a mission; Canada's row: 22 individual police.
    const total = rows.filter((r) => r.level === "COUNTRY_TOTAL");
    // The register's side counted here independently: distinct officers on that date in a UN-led
    // mission that has a police row somewhere in the UN data.
    const [{ n }] = await database.db.query(`
      SELECT count(DISTINCT d.officer_id)::int AS n FROM deployment d
      JOIN mission m ON m.id = d.mission_id JOIN organization o ON o.id = m.lead_organization_id
      WHERE o.code = 'UN' AND d.start_date <= '2018-06-30' AND (d.end_date IS NULL OR d.end_date >= '2018-06-30')
        AND EXISTS (SELECT 1 FROM un_contribution u WHERE u.mission_id = m.id AND u.personnel_type IN ('INDIVIDUAL_POLICE', 'FORMED_POLICE_UNIT'))`);
    expect(n).toBeGreaterThan(0);
    // Both sides' sources: the synthetic register, and the UN's file of that month (read here from the table).
    const files = (await database.db.query(
      `SELECT DISTINCT source FROM un_contribution WHERE as_of_date = '2018-06-30' AND country_iso3 = 'CAN' AND personnel_type IN ('INDIVIDUAL_POLICE', 'FORMED_POLICE_UNIT')`,
    )).map((r: { source: string }) => r.source);
    expect(files).toHaveLength(1);
    expect(total).toEqual([
      {
        date: "2018-06-30", missionId: null, level: "COUNTRY_TOTAL", unCoverage: "REPORTED", registerHeadcount: n, unReported: 22, difference: n - 22,
        provenance: { data: "MIXED", sources: [files[0], "synthetic demo"], asOf: "2018-06-30" },
      },
    ]);
    expect(rows.at(-1)).toBe(total[0]);
    // The mission rows: no UN figure, no false gap. MINUJUSTH gave 20 - 0 = 20 before.
    const missions = rows.filter((r) => r.level === "MISSION");
    expect(missions.length).toBeGreaterThan(0);
    const codes = new Map<number, string>((await database.db.query(`SELECT id, code FROM mission`)).map((m: { id: number; code: string }) => [m.id, m.code]));
    const listed = new Set<number>((await database.db.query(
      `SELECT DISTINCT mission_id AS id FROM un_contribution WHERE mission_id IS NOT NULL AND personnel_type IN ('INDIVIDUAL_POLICE', 'FORMED_POLICE_UNIT')`,
    )).map((m: { id: number }) => m.id));
    for (const r of missions) {
      expect([r.unReported, r.difference], codes.get(r.missionId!)).toEqual([null, null]);
      // A mission the UN never lists police in (the ECCC, in the demo register) is NOT_REPORTED; the others: country total only.
      expect(r.unCoverage, codes.get(r.missionId!)).toBe(listed.has(r.missionId!) ? "COUNTRY_TOTAL_ONLY" : "NOT_REPORTED");
    }
    expect(missions.some((r) => r.unCoverage === "NOT_REPORTED")).toBe(true);
    const minujusth = missions.find((r) => codes.get(r.missionId!) === "MINUJUSTH");
    expect(minujusth?.unCoverage).toBe("COUNTRY_TOTAL_ONLY");
  });

  it("reads September 2019, by mission again, and a mission the UN never lists police in", async () => {
    const scope = createScope(database.db, "test", ANALYST);
    const rows = await reports.reconciliation(scope, { from: "2019-09-01", to: "2019-09-30" });
    expect(rows.filter((r) => r.level === "COUNTRY_TOTAL")).toEqual([]);
    const byCode = new Map<string, (typeof rows)[number]>();
    for (const r of rows) byCode.set((await database.db.query(`SELECT code FROM mission WHERE id = $1`, [r.missionId]))[0].code, r);
    // data/un: 2019-09-30 MINUJUSTH, Canada, individual police: 8.
    expect(byCode.get("MINUJUSTH")).toMatchObject({ unCoverage: "REPORTED", unReported: 8 });
    for (const [code, r] of byCode) {
      if (r.unCoverage !== "REPORTED") expect([code, r.unReported, r.difference]).toEqual([code, null, null]);
    }
  });
});

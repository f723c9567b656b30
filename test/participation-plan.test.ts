import { describe, expect, it } from "vitest";
import { ParticipationDimension } from "../src/core/analytics/dimensions";
import { femaleParticipation } from "../src/core/analytics/participation";
import { resolvePeriod } from "../src/core/analytics/period";
import type { Caller } from "../src/core/policy";
import { createScope } from "../src/core/scope";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

const ANALYST: Caller = { kind: "key", name: "test analyst", roles: new Set(["ANALYST"]) };

// By hand from the fixture (test/support/fixture.ts), all time to today: CPM-UKRAINE has P-001 and
// P-004 (both women); EUPOL COPPS P-002 (a man); MINUSTAH P-001, P-002 and P-003 (undisclosed);
// UNMIK P-005 (a man). Codes in byte order.
const BY_MISSION = [
  ["CPM-UKRAINE", 2, 2],
  ["EUPOL COPPS", 1, 0],
  ["MINUSTAH", 3, 1],
  ["UNMIK", 1, 0],
];

// Person-days by mission, by hand (inclusive days): CPM-UKRAINE 2016-06-01..2017-05-31 (365) and
// 2017 (365), both women's; EUPOL COPPS 2013 (365); MINUSTAH 2010 (365, a woman's),
// 2010-06-01..2011-05-31 (365) and 2012-01-01..2012-06-30 (182, undisclosed); UNMIK 2022-03-01
// to today, ongoing.
const unmikDays = () => {
  const now = new Date();
  return (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - Date.UTC(2022, 2, 1)) / 86_400_000 + 1;
};
const DAYS_BY_MISSION = () => [
  [730, 730],
  [365, 0],
  [912, 365],
  [unmikDays(), 0],
];

describe.each(databaseTargets())("participation computes what its caller reads, on the $name database", (target) => {
  const fx = useFixtureApp(target, { traceSql: true });

  it("leaves out the total nobody reads and groups a mission by its id alone, with the same rows", async () => {
    const scope = createScope(fx.database.db, "test", ANALYST);
    const sent: string[] = [];
    const db = { query: (sql: string, values?: unknown[]) => (sent.push(sql), scope.reportReads.query(sql, values)) };
    const q = { period: resolvePeriod(null, null), groupBy: [ParticipationDimension.MISSION], minCellSize: 0 };

    const full = await femaleParticipation(db, q);
    const lean = await femaleParticipation(db, { ...q, total: false });
    const figures = (r: { key: { missionId: unknown }; officers: number | null; female: number | null }) => [r.officers, r.female];
    expect(full.rows.map(figures)).toEqual(BY_MISSION.map(([, officers, female]) => [officers, female]));
    expect(lean.rows).toEqual(full.rows);
    // Five officers in all (P-001 and P-002 in two missions count once), four of known gender, two women.
    expect([full.total.officers, full.total.known, full.total.female]).toEqual([5, 4, 2]);
    expect(lean.total).toBeNull();

    // One statement each. The full one counts the register for the missions and for the total; the
    // lean one for the missions only. Neither joins the mission table to every deployment: the
    // codes are read once per mission, after grouping.
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain("GROUPING SETS ((b.mission_id, b.gender), (b.gender))");
    expect(sent[1]).toContain("GROUPING SETS ((b.mission_id, b.gender))");
    for (const sql of sent) expect(sql).not.toMatch(/JOIN mission m\b/);

    // With disclosure control the total comes anyway (the table that decides what shows has it).
    const controlled = await femaleParticipation(db, { ...q, minCellSize: 1, total: false });
    expect([controlled.total?.officers, controlled.total?.female]).toEqual([5, 2]);
  });

  it("sums no person-days nobody reads, with the same officer figures", async () => {
    const scope = createScope(fx.database.db, "test", ANALYST);
    const sent: string[] = [];
    const db = { query: (sql: string, values?: unknown[]) => (sent.push(sql), scope.reportReads.query(sql, values)) };
    const q = { period: resolvePeriod(null, null), groupBy: [ParticipationDimension.MISSION], minCellSize: 0, total: false };

    const full = await femaleParticipation(db, q);
    const lean = await femaleParticipation(db, { ...q, personDays: false });
    expect(full.rows.map((r) => [r.personDays, r.femalePersonDays])).toEqual(DAYS_BY_MISSION());
    // MINUSTAH: 365 of the 730 days of officers of known gender are a woman's.
    expect(full.rows[2].femalePersonDayShare).toBe(0.5);
    const officers = (r: (typeof full.rows)[number]) => [r.officers, r.known, r.female, r.male, r.undisclosed, r.rate];
    expect(lean.rows.map(officers)).toEqual(full.rows.map(officers));
    for (const r of lean.rows) expect([r.personDays, r.femalePersonDays, r.femalePersonDayShare]).toEqual([null, null, null]);
    expect(sent[0]).toContain("AS days");
    expect(sent[1]).not.toContain("AS days");
    expect(sent[1]).not.toContain("d_FEMALE");

    // With disclosure control they are summed anyway (the table weighs person-days too).
    const controlled = await femaleParticipation(db, { ...q, minCellSize: 1, personDays: false });
    expect(controlled.rows.map((r) => [r.personDays, r.femalePersonDays])).toEqual(DAYS_BY_MISSION());
  });

  it("sums person-days for the API when any person-day figure is selected", async () => {
    const ask = (selection: string) =>
      fx.app.gql(`{ femaleParticipation(groupBy: [MISSION], minCellSize: 0) { rows { key { mission { code } } officers ${selection} } } }`, undefined, { token: fx.tokens.ANALYST });
    const share = await ask("femalePersonDayShare");
    const days = await ask("... on ParticipationRow { personDays femalePersonDays }");
    for (const res of [share, days]) expect(res.errors).toBeUndefined();
    expect(share.data.femaleParticipation.rows.map((r: any) => r.femalePersonDayShare)).toEqual([1, 0, 0.5, 0]);
    expect(days.data.femaleParticipation.rows.map((r: any) => [r.personDays, r.femalePersonDays])).toEqual(DAYS_BY_MISSION());
  });

  it("answers the API the same rows whether or not the total is selected, through a fragment too", async () => {
    const rows = `rows { key { mission { code } role { code } } officers female suppressed }`;
    const ask = (selection: string) => fx.app.gql(`{ femaleParticipation(groupBy: [MISSION, ROLE], minCellSize: 0) { ${selection} } }`, undefined, { token: fx.tokens.ANALYST });
    const lean = await ask(rows);
    const withTotal = await ask(`total { officers female } ${rows}`);
    const viaFragment = await fx.app.gql(
      `query { femaleParticipation(groupBy: [MISSION, ROLE], minCellSize: 0) { ...R } } fragment R on ParticipationReport { total { officers female } ${rows} }`,
      undefined,
      { token: fx.tokens.ANALYST },
    );
    for (const res of [lean, withTotal, viaFragment]) expect(res.errors).toBeUndefined();
    expect(lean.data.femaleParticipation.rows).toEqual(withTotal.data.femaleParticipation.rows);
    expect(viaFragment.data.femaleParticipation).toEqual(withTotal.data.femaleParticipation);
    expect(withTotal.data.femaleParticipation.total).toEqual({ officers: 5, female: 2 });
    // Mission by role, by hand: each officer once per (mission, role) they were deployed in.
    const byMissionRole = lean.data.femaleParticipation.rows.map((r: any) => [r.key.mission.code, r.key.role.code, r.officers, r.female]);
    expect(byMissionRole).toEqual([
      ["CPM-UKRAINE", "MENTORING", 1, 1],
      ["CPM-UKRAINE", "TRAINING", 1, 1],
      ["EUPOL COPPS", "TRAINING", 1, 0],
      ["MINUSTAH", "LEADERSHIP", 1, 0],
      ["MINUSTAH", "MENTORING", 1, 0],
      ["MINUSTAH", "TRAINING", 1, 1],
      ["UNMIK", "MENTORING", 1, 0],
    ]);
  });

  it("gives its keys' missions, roles, teams and police services from its own statement, as the lists read them", async () => {
    const keyFields = `mission { id code name startDate endDate } role { id code name } team { id name } policeService { id code name }`;
    const report = await fx.app.gql(
      `{ femaleParticipation(groupBy: [MISSION, ROLE, TEAM, POLICE_SERVICE], minCellSize: 0) { rows { key { ${keyFields} } officers } } }`,
      undefined,
      { token: fx.tokens.ANALYST },
    );
    expect(report.errors).toBeUndefined();
    // One statement: the report. Its keys' objects are not read again (four loaders would be four more).
    expect(report.extensions?.sql?.statements).toBe(1);
    const lists = await fx.app.gql(
      `{ missions(first: 100) { edges { node { id code name startDate endDate } } } roles { edges { node { id code name } } }
         specializedTeams(first: 100) { edges { node { id name } } } policeServices(first: 100) { edges { node { id code name } } } }`,
    );
    expect(lists.errors).toBeUndefined();
    const byId = new Map<string, unknown>();
    for (const list of Object.values(lists.data) as { edges: { node: { id: string } }[] }[]) for (const e of list.edges) byId.set(e.node.id, e.node);
    const rows = report.data.femaleParticipation.rows as { key: Record<string, { id: string } | null> }[];
    // Seven groups by hand (deployment 3 alone has a team, the SGBV Team), each key's object the list's.
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      for (const field of ["mission", "role", "policeService"]) expect(row.key[field]).toEqual(byId.get(row.key[field]!.id));
      if (row.key.team) expect(row.key.team).toEqual(byId.get(row.key.team.id));
    }
    expect(rows.filter((r) => r.key.team !== null).map((r) => (r.key.team as unknown as { name: string }).name)).toEqual(["SGBV Team"]);
  });
});

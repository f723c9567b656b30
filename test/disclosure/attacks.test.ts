// The attacks of the issue that opened disclosure control, and their relatives, as an anonymous
// caller would run them, on a register built by hand so that every expected figure can be checked
// on paper: BINUH in 2020 with 9 officers of known gender, 8 women in ordinary posts and 1 man in a
// senior post; MINUSTAH in 2020 with 20 officers, 10 women and 10 men, 5 of each in senior posts.
import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { insertRows } from "../../src/core/db/seed/bulk-insert";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { participation } from "./campaign";

const PERIOD = `from: "2020-01-01", to: "2020-12-31"`;

async function loadRegister(db: DataSource) {
  await db.query("DELETE FROM deployment");
  await db.query("DELETE FROM officer");
  await insertRows(db.manager, "mission", ["id", "code", "name", "lead_organization_id", "kind", "start_date", "end_date", "source"], [
    [6, "BINUH", "United Nations Integrated Office in Haiti", 1, "SPECIAL_POLITICAL", "2019-10-16", null, "test register"],
  ]);
  await insertRows(db.manager, "mission_host_country", ["mission_id", "country_iso3"], [[6, "HTI"]]);
  const officers: unknown[][] = [];
  const deployments: unknown[][] = [];
  const add = (mission: number, gender: string, senior: boolean, days: number) => {
    const id = officers.length + 1;
    officers.push([id, `T-${id}`, `Given${id}`, `Family${id}`, gender, "Constable", 1, "test register"]);
    const end = new Date(Date.UTC(2020, 0, days)).toISOString().slice(0, 10);
    deployments.push([id, id, mission, senior ? 3 : 1, null, "2020-01-01", end, senior, "test register"]);
  };
  for (let i = 0; i < 8; i++) add(6, "FEMALE", false, 100 + i);
  add(6, "MALE", true, 200);
  for (let i = 0; i < 10; i++) add(1, i < 5 ? "FEMALE" : "MALE", false, 150);
  for (let i = 0; i < 10; i++) add(1, i < 5 ? "FEMALE" : "MALE", true, 150);
  await insertRows(db.manager, "officer", ["id", "personnel_number", "given_name", "family_name", "gender", "rank", "police_service_id", "source"], officers);
  await insertRows(db.manager, "deployment", ["id", "officer_id", "mission_id", "role_id", "team_id", "start_date", "end_date", "senior", "source"], deployments);
}

describe.each(databaseTargets())("disclosure attacks on $name", (target) => {
  const fx = useFixtureApp(target, { setup: loadRegister });
  const anonymous = (args: string) => participation(fx.app, `${PERIOD}, ${args}`, null);

  it("subtraction: the total and the ordinary posts no longer give away the senior post", async () => {
    const r = await anonymous(`filter: { missions: ["BINUH"] }, groupBy: [SENIOR]`);
    expect(r.total).toMatchObject({ officers: 9, known: 9, female: 8, male: 1, suppressed: false });
    // The senior post (1 officer) is small; the ordinary posts (8) are withheld with it.
    expect(r.rows.map((x) => [x.key.senior, x.known, x.suppressed, x.female, x.femalePersonDays])).toEqual([
      [false, 8, true, null, null],
      [true, 1, true, null, null],
    ]);
    // What is left to an intruder: female(ordinary) + female(senior) = 8, each between 0 and its
    // officers, so the senior post holds 0 or 1 women, and women's person-days are as open.
    const [ordinary, senior] = r.rows;
    expect([Math.max(0, r.total.female! - ordinary.known!), Math.min(senior.known!, r.total.female!)]).toEqual([0, 1]);
  });

  it("by filter: a genders filter with seniorOnly no longer reads the senior officer's gender", async () => {
    const r = await anonymous(`filter: { missions: ["BINUH"], genders: [MALE] }, seniorOnly: true`);
    expect(r.total).toMatchObject({ officers: null, known: null, personDays: null, female: null, male: null, suppressed: true });
    // Grouped, the senior row is listed, suppressed, whatever its gender; so is its complement.
    const grouped = await anonymous(`filter: { missions: ["BINUH"], genders: [FEMALE] }, groupBy: [SENIOR]`);
    expect(grouped.rows.map((x) => [x.key.senior, x.officers, x.suppressed])).toEqual([[false, null, true], [true, null, true]]);
    // The total is shown: 8 women, as the unfiltered total says.
    expect(grouped.total).toMatchObject({ officers: 8, suppressed: false });
  });

  it("across groupings: margins shown by one request do not solve a cell withheld by another", async () => {
    const byMission = await anonymous(`groupBy: [MISSION]`);
    const cross = await anonymous(`groupBy: [MISSION, SENIOR]`);
    expect(byMission.rows.map((x) => [x.key.mission.code, x.suppressed])).toEqual([["BINUH", false], ["MINUSTAH", false]]);
    const cells = cross.rows.map((x) => [x.key.mission.code, x.key.senior, x.known, x.suppressed]);
    // BINUH senior (1) is small: BINUH's ordinary posts go with it in its row, and in the senior
    // column a MINUSTAH cell goes with it (and MINUSTAH's other cell with that one, to close the rectangle).
    expect(cells).toEqual([
      ["BINUH", false, 8, true],
      ["BINUH", true, 1, true],
      ["MINUSTAH", false, 10, true],
      ["MINUSTAH", true, 10, true],
    ]);
    // The same cells through a filter: the same statuses.
    const filtered = await anonymous(`filter: { missions: ["MINUSTAH"] }, groupBy: [SENIOR]`);
    expect(filtered.rows.map((x) => [x.key.senior, x.suppressed])).toEqual([[false, true], [true, true]]);
  });

  it("where no cell needs protecting, every figure is what an unprotected caller sees", async () => {
    // By role (codes in order): LEADERSHIP 11 officers (5 women), TRAINING 18 (13 women): nothing small.
    const shown = await anonymous(`groupBy: [ROLE]`);
    const truth = await participation(fx.app, `${PERIOD}, groupBy: [ROLE], minCellSize: 0`, fx.tokens.ANALYST);
    expect(shown).toEqual(truth);
    expect(shown.rows.map((x) => [x.officers, x.female, x.suppressed])).toEqual([[11, 5, false], [18, 13, false]]);
  });

  it("a small cell's complements are withheld even where they are large", async () => {
    // MINUSTAH by role is 10 and 10, but with BINUH's lone senior officer in the table over missions
    // and roles it closes the rectangle that protects that officer.
    const r = await anonymous(`filter: { missions: ["MINUSTAH"] }, groupBy: [ROLE]`);
    expect(r.rows.map((x) => [x.officers, x.suppressed])).toEqual([[10, true], [10, true]]);
    expect(r.total).toMatchObject({ officers: 20, female: 10, suppressed: false });
  });

  it("an ANALYST asking for minCellSize 0 sees every cell, nothing withheld", async () => {
    const r = await participation(fx.app, `${PERIOD}, filter: { missions: ["BINUH"] }, groupBy: [SENIOR], minCellSize: 0`, fx.tokens.ANALYST);
    expect(r.rows.map((x) => [x.key.senior, x.female, x.male, x.suppressed])).toEqual([[false, 8, 0, false], [true, 0, 1, false]]);
  });

  it("refuses a third dimension when cells are suppressed, and names what would be accepted", async () => {
    const res = await fx.app.gql(`{ femaleParticipation(${PERIOD}, filter: { missions: ["BINUH"] }, groupBy: [SENIOR, ROLE]) { total { officers } } }`, undefined, { token: null });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toBe(
      "a suppressed report combines at most 2 dimensions, grouped and filtered together (this one combines 3: MISSION, ROLE, SENIOR); " +
        "group or filter by fewer, or ask with an ANALYST key and minCellSize: 0");
    const analyst = await participation(fx.app, `${PERIOD}, filter: { missions: ["BINUH"] }, groupBy: [SENIOR, ROLE], minCellSize: 0`, fx.tokens.ANALYST);
    expect(analyst.rows).toHaveLength(2);
  });

  it("headcount points are protected as participation over that one day is", async () => {
    const res = await fx.app.gql(`{ headcountSeries(${PERIOD}, interval: QUARTER, filter: { missions: ["BINUH"] }, groupBy: [SENIOR]) { date key { senior } officers known female suppressed } }`, undefined, { token: null });
    const points = res.data.headcountSeries as { date: string; key: { senior: boolean }; officers: number; female: number | null; suppressed: boolean }[];
    // 2020-03-31: all 9 BINUH officers deployed (their tours end in April or later).
    const march = points.filter((p) => p.date === "2020-03-31");
    expect(march.map((p) => [p.key.senior, p.officers, p.female, p.suppressed])).toEqual([[false, 8, null, true], [true, 1, null, true]]);
    const day = await participation(fx.app, `from: "2020-03-31", to: "2020-03-31", filter: { missions: ["BINUH"] }, groupBy: [SENIOR]`, null);
    expect(day.rows.map((x) => x.suppressed)).toEqual(march.map((p) => p.suppressed));
    const byGender = await fx.app.gql(`{ headcountSeries(${PERIOD}, interval: QUARTER, filter: { missions: ["BINUH"], genders: [MALE] }, groupBy: [SENIOR]) { date officers known suppressed } }`, undefined, { token: null });
    expect(byGender.data.headcountSeries.filter((p: any) => p.date === "2020-03-31")).toEqual([
      { date: "2020-03-31", officers: null, known: null, suppressed: true },
      { date: "2020-03-31", officers: null, known: null, suppressed: true },
    ]);
  });

  it("country coverage takes the COUNTRY rows' protection and refuses a genders filter", async () => {
    const res = await fx.app.gql(`{ countryCoverage(${PERIOD}) { countries { country { iso3 } known femaleRate suppressed } } }`, undefined, { token: null });
    // Haiti: BINUH and MINUSTAH together, 29 officers.
    expect(res.data.countryCoverage.countries).toEqual([{ country: { iso3: "HTI" }, known: 29, femaleRate: 18 / 29, suppressed: false }]);
    const refused = await fx.app.gql(`{ countryCoverage(${PERIOD}, filter: { genders: [FEMALE] }) { countriesCount } }`, undefined, { token: null });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.genders" });
    const analyst = await fx.app.gql(`{ countryCoverage(${PERIOD}, filter: { genders: [FEMALE] }, minCellSize: 0) { countries { officers } } }`, undefined, { token: fx.tokens.ANALYST });
    expect(analyst.data.countryCoverage.countries).toEqual([{ officers: 18 }]);
  });

  it("asks the same through /export and gets the same cells withheld", async () => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/femaleParticipation.csv?from=2020-01-01&to=2020-12-31&missions=BINUH&groupBy=SENIOR`);
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.senior, r.known, r.female, r.female_person_days, r.suppressed])).toEqual([
      ["false", "8", "", "", "true"],
      ["true", "1", "", "", "true"],
    ]);
  });
});

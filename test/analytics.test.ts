import { describe, expect, it } from "vitest";
import { resolveMinCellSize } from "../src/core/policy";
import { wilsonInterval } from "../src/core/analytics/wilson";
import { ForbiddenError } from "../src/core/errors";
import { ANONYMOUS, type Caller } from "../src/core/policy";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

/*
 * The fixture register (test/support/fixture.ts) plus deployment 8, worked by hand:
 *   1 P-001 F  MINUSTAH (HTI)        2010-01-01..2010-12-31  365 days
 *   2 P-002 M  MINUSTAH (HTI)        2010-06-01..2011-05-31  214 in 2010 + 151 in 2011
 *   3 P-003 U  MINUSTAH (HTI)        2012-01-01..2012-06-30  182 (leap year), senior, SGBV Team
 *   4 P-001 F  CPM-UKRAINE (UKR)     2016-06-01..2017-05-31  214 in 2016 + 151 in 2017
 *   5 P-004 F  CPM-UKRAINE (UKR)     2017-01-01..2017-12-31  365
 *   6 P-005 M  UNMIK (XKX)           2022-03-01..ongoing     306 in 2022 + 365 in 2023
 *   7 P-002 M  EUPOL COPPS (PSE)     2013-01-01..2013-12-31  365
 *   8 P-004 F  UNISFA (SDN and SSD)  2019-01-01..2019-06-30  181
 * All time to 2023-12-31: 5 officers (F: P-001, P-004; M: P-002, P-005; U: P-003), known 4,
 * person-days 365+365+182+365+365+671+365+181 = 2859, female person-days 365+365+365+181 = 1276,
 * known person-days 2859 - 182 = 2677.
 */
describe.each(databaseTargets())("WPS analytics on the $name database", (target) => {
  // Most tests lower minCellSize, which needs an ANALYST key.
  const fx = useFixtureApp(target, {
    role: "ANALYST",
    setup: async (db) => {
      await db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source)
        VALUES (4, 5, 2, '2019-01-01', '2019-06-30', false, 'synthetic demo')`);
      await db.query(`INSERT INTO wps_indicator (id, code, name, unit, source, computation)
        VALUES (2, 'GPS_FPU_WOMEN', 'Women among formed police units', 'PERCENT', 'UN_GPS_2018_2028', 'UN share')`);
      await db.query(`INSERT INTO wps_target (indicator_id, year, value) VALUES (1, 2017, 0.2), (2, 2016, 0.12)`);
    },
  });

  const ROW = `key { year mission { code } country { iso3 } team { name } senior roleCategory }
    officers known undisclosed female male anotherGender rate interval { low high } personDays femalePersonDays femalePersonDayShare suppressed`;

  it("counts officers, genders, person-days and the Wilson interval for a period", async () => {
    const res = await fx.app.gql(`{ femaleParticipation(from: "2010-01-01", to: "2010-12-31", groupBy: [MISSION], minCellSize: 0) { total { ${ROW} } rows { ${ROW} } } }`);
    expect(res.errors).toBeUndefined();
    const { total, rows } = res.data.femaleParticipation;
    expect(total).toMatchObject({ officers: 2, known: 2, undisclosed: 0, female: 1, male: 1, anotherGender: 0, rate: 0.5, personDays: 579, femalePersonDays: 365, suppressed: false });
    expect(total.femalePersonDayShare).toBeCloseTo(365 / 579, 12);
    // Wilson 95 % for 1 of 2: (0.0945, 0.9055).
    expect(total.interval.low).toBeCloseTo(0.09453, 4);
    expect(total.interval.high).toBeCloseTo(0.90547, 4);
    expect(rows).toHaveLength(1);
    expect(rows[0].key.mission.code).toBe("MINUSTAH");
    expect(rows[0].officers).toBe(2);
    expect(res.extensions?.sql?.statements).toBe(1); // the report, which brings its keys' missions too
  });

  it("puts a deployment in every year it overlaps, its days clipped to the year", async () => {
    const res = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", groupBy: [YEAR], minCellSize: 0) {
      total { officers known female male undisclosed rate personDays femalePersonDays femalePersonDayShare }
      rows { key { year } officers known female rate personDays } } }`);
    expect(res.errors).toBeUndefined();
    const { total, rows } = res.data.femaleParticipation;
    expect(total).toMatchObject({ officers: 5, known: 4, female: 2, male: 2, undisclosed: 1, rate: 0.5, personDays: 2859, femalePersonDays: 1276 });
    expect(total.femalePersonDayShare).toBeCloseTo(1276 / 2677, 12);
    expect(rows.map((r: any) => [r.key.year, r.officers, r.known, r.female, r.rate, r.personDays])).toEqual([
      [2010, 2, 2, 1, 0.5, 579],
      [2011, 1, 1, 0, 0, 151],
      [2012, 1, 0, 0, null, 182], // only P-003, gender undisclosed: known 0, so no rate
      [2013, 1, 1, 0, 0, 365],
      [2016, 1, 1, 1, 1, 214],
      [2017, 2, 2, 2, 1, 516],
      [2019, 1, 1, 1, 1, 181],
      [2022, 1, 1, 0, 0, 306],
      [2023, 1, 1, 0, 0, 365],
    ]);
  });

  it("suppresses small cells by default but keeps officers and person-days", async () => {
    const res = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", groupBy: [COUNTRY]) { total { ${ROW} } rows { ${ROW} } } }`);
    expect(res.errors).toBeUndefined();
    const { total, rows } = res.data.femaleParticipation;
    expect(total).toMatchObject({ officers: 5, known: 4, undisclosed: 1, suppressed: true, female: null, male: null, anotherGender: null, rate: null, interval: null, femalePersonDays: null, femalePersonDayShare: null, personDays: 2859 });
    // A mission with two hosts puts its deployment, whole, in each.
    expect(rows.map((r: any) => [r.key.country.iso3, r.officers, r.known, r.personDays, r.suppressed, r.female])).toEqual([
      ["HTI", 3, 2, 912, true, null],
      ["PSE", 1, 1, 365, true, null],
      ["SDN", 1, 1, 181, true, null],
      ["SSD", 1, 1, 181, true, null],
      ["UKR", 2, 2, 730, true, null],
      ["XKX", 1, 1, 671, true, null],
    ]);
  });

  it("shows a cell exactly at the threshold and hides one just below it", async () => {
    const at = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", minCellSize: 4) { total { known suppressed female rate } } }`);
    expect(at.data.femaleParticipation.total).toEqual({ known: 4, suppressed: false, female: 2, rate: 0.5 });
    const below = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", minCellSize: 5) { total { known suppressed female rate } } }`);
    expect(below.data.femaleParticipation.total).toEqual({ known: 4, suppressed: true, female: null, rate: null });
  });

  it("forms a null-key group for deployments without a team, listed last", async () => {
    const res = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", groupBy: [TEAM, SENIOR], minCellSize: 0) { rows { key { team { name } senior } officers } } }`);
    expect(res.data.femaleParticipation.rows.map((r: any) => [r.key.team?.name ?? null, r.key.senior, r.officers])).toEqual([
      ["SGBV Team", true, 1],
      [null, false, 4],
    ]);
  });

  it("restricts to senior positions and filters by country, keeping only the filtered hosts", async () => {
    const senior = await fx.app.gql(`{ femaleParticipation(seniorOnly: true, minCellSize: 0) { total { officers known undisclosed rate interval { low } } } }`);
    expect(senior.data.femaleParticipation.total).toEqual({ officers: 1, known: 0, undisclosed: 1, rate: null, interval: null });
    const sdn = await fx.app.gql(`{ femaleParticipation(filter: { countries: ["SDN"] }, groupBy: [COUNTRY], minCellSize: 0) { rows { key { country { iso3 } } officers female } } }`);
    expect(sdn.data.femaleParticipation.rows).toEqual([{ key: { country: { iso3: "SDN" } }, officers: 1, female: 1 }]);
  });

  it("returns no rows and zero totals for an empty period", async () => {
    const res = await fx.app.gql(`{ femaleParticipation(from: "2014-01-01", to: "2015-12-31", groupBy: [MISSION], minCellSize: 0) { total { officers known rate personDays } rows { officers } } }`);
    expect(res.data.femaleParticipation).toEqual({ total: { officers: 0, known: 0, rate: null, personDays: 0 }, rows: [] });
  });

  it("rejects bad arguments with BAD_USER_INPUT naming them", async () => {
    const cases: [string, string][] = [
      [`femaleParticipation(from: "2020-01-01", to: "2019-01-01") { total { officers } }`, "from"],
      [`femaleParticipation(filter: { missions: ["MINUSTAH", "NOPE"] }) { total { officers } }`, "filter.missions"],
      [`femaleParticipation(minCellSize: -1) { total { officers } }`, "minCellSize"],
      [`femaleParticipation(groupBy: [YEAR, YEAR]) { total { officers } }`, "groupBy"],
      [`reconciliation(from: "2016-01-01", to: "2016-12-31", mission: "NOPE") { date }`, "mission"],
    ];
    for (const [query, field] of cases) {
      const res = await fx.app.gql(`{ ${query} }`);
      expect(res.errors?.[0].extensions, query).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    // A date outside the accepted range is refused as the query is validated, before the series
    // could grow: 1900-01-01..2100-12-31 monthly is 2,412 points, within the series' own bound.
    const far = await fx.app.gql(`{ headcountSeries(from: "1900-01-01", to: "2900-12-31", interval: MONTH) { officers } }`);
    expect(far.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", 'Date "2900-12-31" is after 2100-12-31; accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD'],
    ]);
  });

  it("gives a headcount at every period end, zero included", async () => {
    const q = await fx.app.gql(`{ headcountSeries(from: "2010-01-01", to: "2010-12-31", interval: QUARTER, minCellSize: 0) { date officers known female rate suppressed } }`);
    expect(q.errors).toBeUndefined();
    expect(q.data.headcountSeries).toEqual([
      { date: "2010-03-31", officers: 1, known: 1, female: 1, rate: 1, suppressed: false },
      { date: "2010-06-30", officers: 2, known: 2, female: 1, rate: 0.5, suppressed: false },
      { date: "2010-09-30", officers: 2, known: 2, female: 1, rate: 0.5, suppressed: false },
      { date: "2010-12-31", officers: 2, known: 2, female: 1, rate: 0.5, suppressed: false },
    ]);
    const zeros = await fx.app.gql(`{ headcountSeries(from: "2014-01-01", to: "2015-12-31", interval: YEAR) { date officers suppressed } }`);
    expect(zeros.data.headcountSeries).toEqual([
      { date: "2014-12-31", officers: 0, suppressed: true },
      { date: "2015-12-31", officers: 0, suppressed: true },
    ]);
    // The ongoing deployment counts at every later period end.
    const ongoing = await fx.app.gql(`{ headcountSeries(from: "2023-11-15", to: "2024-02-29", interval: MONTH, groupBy: [MISSION], minCellSize: 0) { date key { mission { code } } officers } }`);
    expect(ongoing.data.headcountSeries.map((p: any) => [p.date, p.key.mission.code, p.officers])).toEqual([
      ["2023-11-30", "UNMIK", 1], ["2023-12-31", "UNMIK", 1], ["2024-01-31", "UNMIK", 1], ["2024-02-29", "UNMIK", 1],
    ]);
  });

  it("sums trainings delivered by theme, with the female share", async () => {
    const res = await fx.app.gql(`{ trainingsDelivered(groupBy: [THEME]) {
      total { deliveries participants femaleParticipants femaleShare instructorsCertified countries }
      rows { key { theme } deliveries participants femaleParticipants femaleShare instructorsCertified countries } } }`);
    expect(res.errors).toBeUndefined();
    const { total, rows } = res.data.trainingsDelivered;
    expect(total).toMatchObject({ deliveries: 2, participants: 55, femaleParticipants: 39, instructorsCertified: 2, countries: 2 });
    expect(total.femaleShare).toBeCloseTo(39 / 55, 12);
    expect(rows).toEqual([
      { key: { theme: "COMMUNITY_POLICING" }, deliveries: 1, participants: 30, femaleParticipants: 30, femaleShare: 1, instructorsCertified: 2, countries: 1 },
      { key: { theme: "DOMESTIC_VIOLENCE" }, deliveries: 1, participants: 25, femaleParticipants: 9, femaleShare: 0.36, instructorsCertified: 0, countries: 1 },
    ]);
    const later = await fx.app.gql(`{ trainingsDelivered(from: "2012-01-01", groupBy: [COUNTRY, TOPIC]) { rows { key { country { iso3 } topic { code } } participants } } }`);
    expect(later.data.trainingsDelivered.rows).toEqual([{ key: { country: { iso3: "UKR" }, topic: { code: "DOMESTIC_VIOLENCE_LEGISLATION" } }, participants: 25 }]);
  });

  it("never sums UN stocks as flows: shares over snapshots, mean and latest totals", async () => {
    const res = await fx.app.gql(`{ unContributionShare(groupBy: [YEAR, PERSONNEL_TYPE]) {
      total { snapshots female male total rate meanTotal latestDate latestTotal latestFemale }
      rows { key { year personnelType } snapshots female total rate meanTotal latestDate latestTotal latestFemale } } }`);
    expect(res.errors).toBeUndefined();
    const { total, rows } = res.data.unContributionShare;
    expect(total).toMatchObject({ snapshots: 3, female: 43, male: 306, total: 349, latestDate: "2018-05-31", latestTotal: 25, latestFemale: 5 });
    expect(total.meanTotal).toBeCloseTo(349 / 3, 12);
    expect(rows.map((r: any) => [r.key.year, r.key.personnelType, r.snapshots, r.female, r.total, r.meanTotal, r.latestDate, r.latestTotal, r.latestFemale])).toEqual([
      [2016, "FORMED_POLICE_UNIT", 1, 10, 160, 160, "2016-08-31", 160, 10],
      [2016, "INDIVIDUAL_POLICE", 2, 28, 164, 82, "2016-09-30", 80, 14],
      [2018, "INDIVIDUAL_POLICE", 1, 5, 25, 25, "2018-05-31", 25, 5],
    ]);
    expect(rows[1].rate).toBeCloseTo(28 / 164, 12);
    const empty = await fx.app.gql(`{ unContributionShare(from: "1990-01-01", to: "1990-12-31") { total { snapshots female total rate meanTotal latestDate latestTotal } rows { total } } }`);
    expect(empty.data.unContributionShare).toEqual({
      total: { snapshots: 0, female: 0, total: 0, rate: null, meanTotal: 0, latestDate: null, latestTotal: 0 }, rows: [],
    });
    const byMission = await fx.app.gql(`{ unContributionShare(groupBy: [MISSION]) { rows { key { mission { code } } snapshots total } } }`);
    // The UN's country totals without a mission (2018) form the null group, listed last.
    expect(byMission.data.unContributionShare.rows).toEqual([
      { key: { mission: { code: "MINUSTAH" } }, snapshots: 2, total: 324 },
      { key: { mission: null }, snapshots: 1, total: 25 },
    ]);
  });

  it("covers host countries in a period, and by year since the first record", async () => {
    const res = await fx.app.gql(`{ countryCoverage(from: "2016-01-01", to: "2019-12-31", minCellSize: 0) { countriesCount
      countries { country { iso3 } missions officers deployments personDays firstDeploymentDate lastDeploymentDate activeAtEnd femaleRate known suppressed }
      byYear { year countries cumulativeCountries } } }`);
    expect(res.errors).toBeUndefined();
    const c = res.data.countryCoverage;
    expect(c.countriesCount).toBe(3);
    const unisfa = { missions: 1, officers: 1, deployments: 1, personDays: 181, firstDeploymentDate: "2019-01-01", lastDeploymentDate: "2019-06-30", activeAtEnd: false, femaleRate: 1, known: 1, suppressed: false };
    expect(c.countries).toEqual([
      { country: { iso3: "SDN" }, ...unisfa },
      { country: { iso3: "SSD" }, ...unisfa },
      { country: { iso3: "UKR" }, missions: 1, officers: 2, deployments: 2, personDays: 730, firstDeploymentDate: "2016-06-01", lastDeploymentDate: "2017-12-31", activeAtEnd: false, femaleRate: 1, known: 2, suppressed: false },
    ]);
    expect(c.byYear).toEqual([
      { year: 2016, countries: 1, cumulativeCountries: 3 }, // HTI 2010, PSE 2013, UKR 2016
      { year: 2017, countries: 1, cumulativeCountries: 3 },
      { year: 2018, countries: 0, cumulativeCountries: 3 },
      { year: 2019, countries: 2, cumulativeCountries: 5 },
    ]);
    const ongoing = await fx.app.gql(`{ countryCoverage(from: "2022-01-01", to: "2023-12-31") { countries { country { iso3 } lastDeploymentDate activeAtEnd femaleRate suppressed } byYear { year } } }`);
    expect(ongoing.data.countryCoverage.countries).toEqual([{ country: { iso3: "XKX" }, lastDeploymentDate: null, activeAtEnd: true, femaleRate: null, suppressed: true }]);
    const allTime = await fx.app.gql(`{ countryCoverage(to: "2011-12-31") { byYear { year countries cumulativeCountries } } }`);
    expect(allTime.data.countryCoverage.byYear).toEqual([{ year: 2010, countries: 1, cumulativeCountries: 1 }, { year: 2011, countries: 1, cumulativeCountries: 1 }]);
  });

  it("measures progress to targets from the register and from the UN data", async () => {
    const res = await fx.app.gql(`{ targetProgress { target { year value indicator { code } } actual gap met } }`);
    expect(res.errors).toBeUndefined();
    const rows = res.data.targetProgress.map((t: any) => [t.target.indicator.code, t.target.year, t.actual, t.gap === null ? null : Number(t.gap.toFixed(6)), t.met]);
    expect(rows).toEqual([
      ["GPS_FPU_WOMEN", 2016, 0.0625, -0.0575, false], // 10 women of 160
      ["NAP_WOMEN_DEPLOYED_POLICE", 2017, null, null, null], // 2 of 2 known: below the cell size, suppressed
      ["NAP_WOMEN_DEPLOYED_POLICE", 2020, null, null, null], // nobody deployed in 2020
    ]);
    const one = await fx.app.gql(`{ targetProgress(year: 2016) { target { year } } }`);
    expect(one.data.targetProgress).toEqual([{ target: { year: 2016 } }]);
  });

  it("reconciles the register with the UN's Canadian counts, month end by month end", async () => {
    const res = await fx.app.gql(`{ reconciliation(from: "2016-07-01", to: "2016-10-31") { date level unCoverage mission { code } registerHeadcount unReported difference } }`);
    expect(res.errors).toBeUndefined();
    // Only MINUSTAH has anything on either side; UN data exists for August and September only.
    const row = (date: string, unCoverage: string, unReported: number | null) =>
      ({ date, level: "MISSION", unCoverage, mission: { code: "MINUSTAH" }, registerHeadcount: 0, unReported, difference: unReported === null ? null : -unReported });
    expect(res.data.reconciliation).toEqual([
      row("2016-07-31", "NO_DATA", null),
      row("2016-08-31", "REPORTED", 84),
      row("2016-09-30", "REPORTED", 80),
      row("2016-10-31", "NO_DATA", null),
    ]);
  });

  it("compares Canada's total in a month the UN gave by country only", async () => {
    // The fixture's 2018-05-31 row has no mission: 25 Canadian individual police, and no deployment
    // of the register covers that date, so the month's only row is the country total.
    const res = await fx.app.gql(`{ reconciliation(from: "2018-04-01", to: "2018-06-30") { date level unCoverage mission { code } registerHeadcount unReported difference } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.reconciliation).toEqual([
      { date: "2018-05-31", level: "COUNTRY_TOTAL", unCoverage: "REPORTED", mission: null, registerHeadcount: 0, unReported: 25, difference: -25 },
    ]);
    // For one mission, not its figure: left out.
    const one = await fx.app.gql(`{ reconciliation(from: "2018-04-01", to: "2018-06-30", mission: "MINUSTAH") { date } }`);
    expect(one.data.reconciliation).toEqual([]);
  });
});

describe("analytics arithmetic", () => {
  it("computes the Wilson interval of published examples, and none for n = 0", () => {
    // Worked by hand: 1 of 2 gives (0.09453, 0.90547); 8 of 40 gives centre 0.226287 +- 0.121287.
    expect(wilsonInterval(1, 2)!.low).toBeCloseTo(0.09453, 5);
    expect(wilsonInterval(8, 40)!.low).toBeCloseTo(0.105, 4);
    expect(wilsonInterval(8, 40)!.high).toBeCloseTo(0.34757, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("lets an analyst lower the cell size, and no one else", () => {
    const analyst: Caller = { kind: "key", name: "bi", roles: new Set(["ANALYST"]) };
    const admin: Caller = { kind: "key", name: "ops", roles: new Set(["ADMIN"]) };
    const revoked: Caller = { kind: "invalid", name: null, roles: new Set(), problem: "The API key has been revoked." };
    expect(resolveMinCellSize(null, ANONYMOUS)).toBe(5);
    expect(resolveMinCellSize(8, ANONYMOUS)).toBe(8);
    expect(() => resolveMinCellSize(2, ANONYMOUS)).toThrow(ForbiddenError);
    expect(() => resolveMinCellSize(2, ANONYMOUS)).toThrow("minCellSize below 5 needs the ANALYST role (got 2)");
    expect(() => resolveMinCellSize(2, revoked)).toThrow("The API key has been revoked. This needs the ANALYST role.");
    expect(resolveMinCellSize(0, analyst)).toBe(0);
    expect(resolveMinCellSize(1, admin)).toBe(1);
  });
});

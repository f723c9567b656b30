import { describe, expect, it } from "vitest";
import { ParticipationDimension as D } from "../src/core/analytics/dimensions";
import { participationCells } from "../src/core/analytics/participation-cells";
import { calendarUnits } from "../src/core/analytics/period-units";
import { REPORT_COSTS } from "../src/core/analytics/report-cost";
import { createScope } from "../src/core/scope";
import { ANONYMOUS } from "../src/core/policy";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

/*
 * The fixture register (test/support/fixture.ts) plus officer P-006 (MALE, no rank, SPVM) and
 * deployments 8 and 9 in UNISFA, whose two hosts are both in Africa but in two sub-regions:
 *
 *   dep officer gender rank            service (jurisdiction, province)  mission (kind)             hosts: region / sub-region                  dates                    days to 2023-12-31
 *   1   P-001   F      Sergeant        RCMP (FEDERAL, none)              MINUSTAH (PEACEKEEPING)    HTI: Americas / Latin America and the Caribbean  2010-01-01..2010-12-31   365
 *   2   P-002   M      Constable       SPVM (MUNICIPAL, QC)              MINUSTAH                   HTI                                          2010-06-01..2011-05-31   365 (214 + 151)
 *   3   P-003   U      Inspector       NAPS (FIRST_NATIONS, ON)          MINUSTAH                   HTI                                          2012-01-01..2012-06-30   182
 *   4   P-001   F      Sergeant        RCMP                              CPM-UKRAINE (POLICE_DEV.)  UKR: Europe / Eastern Europe                 2016-06-01..2017-05-31   365
 *   5   P-004   F      Corporal        RCMP                              CPM-UKRAINE                UKR                                          2017-01-01..2017-12-31   365
 *   6   P-005   M      Staff Sergeant  RCMP                              UNMIK (PEACEKEEPING)       XKX: Europe / Southern Europe                2022-03-01..ongoing      671 (306 + 365)
 *   7   P-002   M      Constable       SPVM                              EUPOL COPPS (POLICE_DEV.)  PSE: Asia / Western Asia                     2013-01-01..2013-12-31   365
 *   8   P-004   F      Corporal        RCMP                              UNISFA (PEACEKEEPING)      SDN: Africa / Northern Africa, SSD: Africa / Sub-Saharan Africa  2019-01-01..2019-06-30  181
 *   9   P-006   M      (none)          SPVM                              UNISFA                     SDN, SSD                                     2019-02-15..2019-04-10   55 (14 + 31 + 10)
 *
 * All time to 2023-12-31: 6 officers, known 5 (P-003 undisclosed), female 2 (P-001, P-004), male 3,
 * person-days 5 x 365 + 182 + 671 + 181 + 55 = 2914.
 */
describe.each(databaseTargets())("register analytics by rank, region, kind, service and calendar on the $name database", (target) => {
  const fx = useFixtureApp(target, {
    role: "ANALYST",
    setup: async (db) => {
      await db.query(`INSERT INTO officer (id, personnel_number, gender, rank, police_service_id, source) VALUES (6, 'P-006', 'MALE', NULL, 2, 'synthetic demo')`);
      await db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source) VALUES
        (4, 5, 2, '2019-01-01', '2019-06-30', false, 'synthetic demo'),
        (6, 5, 2, '2019-02-15', '2019-04-10', false, 'synthetic demo')`);
    },
  });

  const FIGURES = "officers known female male rate personDays femalePersonDays suppressed";
  const row = (r: any) => [r.officers, r.known, r.female, r.male, r.rate, r.personDays, r.femalePersonDays, r.suppressed];
  const participation = async (args: string, key: string) => {
    const res = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", ${args}) { total { ${FIGURES} } rows { key { ${key} } ${FIGURES} } } }`);
    expect(res.errors).toBeUndefined();
    return res.data.femaleParticipation;
  };

  it("groups by the officer's rank, the rankless in a null group listed last", async () => {
    const { total, rows } = await participation("groupBy: [RANK], minCellSize: 0", "rank");
    // [officers, known, female, male, rate, personDays, femalePersonDays, suppressed]
    expect(row(total)).toEqual([6, 5, 2, 3, 0.4, 2914, 365 + 365 + 365 + 181, false]);
    // Byte order: "Constable" < "Corporal" (n < r), "Sergeant" < "Staff Sergeant" (e < t); null last.
    expect(rows.map((r: any) => [r.key.rank, ...row(r)])).toEqual([
      ["Constable", 1, 1, 0, 1, 0, 730, 0, false], // P-002: deployments 2 and 7
      ["Corporal", 1, 1, 1, 0, 1, 546, 546, false], // P-004: 5 (365) and 8 (181)
      ["Inspector", 1, 0, 0, 0, null, 182, 0, false], // P-003, undisclosed: no rate
      ["Sergeant", 1, 1, 1, 0, 1, 730, 730, false], // P-001: 1 and 4
      ["Staff Sergeant", 1, 1, 0, 1, 0, 671, 0, false], // P-005
      [null, 1, 1, 0, 1, 0, 55, 0, false], // P-006
    ]);
  });

  it("groups by the host's UN M49 region, a deployment's days once where two hosts share one", async () => {
    const region = await participation("groupBy: [REGION], minCellSize: 0", "region");
    // Africa: UNISFA's deployments 8 and 9 (P-004, P-006), their days once though SDN and SSD are both
    // African: 181 + 55. Americas: MINUSTAH 365 + 365 + 182. Asia: 7. Europe: 4 + 5 + 6 = 365 + 365 + 671.
    // The regions partition the deployments here, so their days add up to the total's 2914.
    expect(region.rows.map((r: any) => [r.key.region, ...row(r)])).toEqual([
      ["Africa", 2, 2, 1, 1, 0.5, 236, 181, false],
      ["Americas", 3, 2, 1, 1, 0.5, 912, 365, false],
      ["Asia", 1, 1, 0, 1, 0, 365, 0, false],
      ["Europe", 3, 3, 2, 1, 2 / 3, 1401, 730, false],
    ]);
    expect(region.total.personDays).toBe(2914);
    // By sub-region UNISFA's deployments count, whole, in both of its hosts' sub-regions.
    const sub = await participation("groupBy: [SUB_REGION], minCellSize: 0", "subRegion");
    expect(sub.rows.map((r: any) => [r.key.subRegion, r.officers, r.female, r.personDays])).toEqual([
      ["Eastern Europe", 2, 2, 730], // UKR: 4 (P-001), 5 (P-004)
      ["Latin America and the Caribbean", 3, 1, 912], // HTI
      ["Northern Africa", 2, 1, 236], // SDN: 8, 9
      ["Southern Europe", 1, 0, 671], // XKX: 6 ("Sou" < "Sub": o < u)
      ["Sub-Saharan Africa", 2, 1, 236], // SSD: 8, 9 again
      ["Western Asia", 1, 0, 365], // PSE: 7
    ]);
    expect(sub.total.personDays).toBe(2914);
    const both = await participation("groupBy: [REGION, SUB_REGION], minCellSize: 0", "region subRegion");
    expect(both.rows.map((r: any) => [r.key.region, r.key.subRegion, r.officers, r.personDays])).toEqual([
      ["Africa", "Northern Africa", 2, 236],
      ["Africa", "Sub-Saharan Africa", 2, 236],
      ["Americas", "Latin America and the Caribbean", 3, 912],
      ["Asia", "Western Asia", 1, 365],
      ["Europe", "Eastern Europe", 2, 730],
      ["Europe", "Southern Europe", 1, 671],
    ]);
  });

  it("takes a deployment's days once per region in every coarser grouping of the table", async () => {
    // The table disclosure control builds (every grouping of REGION x COUNTRY at once): by region
    // alone Africa has 236 days (not 472, from SDN and SSD); the total 2914; each country its own.
    const scope = createScope(fx.database.db, "test", ANONYMOUS);
    const cells = await participationCells(scope.reportReads, { period: { from: "1900-01-01", to: "2023-12-31" }, dims: [D.REGION, D.COUNTRY], levels: [0, 1, 2, 3] });
    const days = (c: (typeof cells)[number]) => Object.values(c.tally.days).reduce((a, b) => a + b, 0);
    const at = (level: number) => cells.filter((c) => c.level === level).map((c) => [c.row.region ?? null, c.row.countryIso3 ?? null, days(c)]);
    expect(at(0)).toEqual([[null, null, 2914]]);
    expect(at(1)).toEqual([["Africa", null, 236], ["Americas", null, 912], ["Asia", null, 365], ["Europe", null, 1401]]);
    expect(at(2)).toEqual([[null, "HTI", 912], [null, "PSE", 365], [null, "SDN", 236], [null, "SSD", 236], [null, "UKR", 730], [null, "XKX", 671]]);
    expect(at(3)).toEqual([
      ["Africa", "SDN", 236], ["Africa", "SSD", 236], ["Americas", "HTI", 912], ["Asia", "PSE", 365], ["Europe", "UKR", 730], ["Europe", "XKX", 671],
    ]);
  });

  it("groups by mission kind, police service jurisdiction and province", async () => {
    const kind = await participation("groupBy: [MISSION_KIND], minCellSize: 0", "missionKind");
    // PEACEKEEPING < POLICE_DEVELOPMENT (E < O). Peacekeeping: MINUSTAH (1, 2, 3), UNMIK (6), UNISFA (8, 9):
    // P-001, P-002, P-003, P-005, P-004, P-006; days 912 + 671 + 236. Police development: 4, 5, 7 (P-001, P-004, P-002).
    expect(kind.rows.map((r: any) => [r.key.missionKind, ...row(r)])).toEqual([
      ["PEACEKEEPING", 6, 5, 2, 3, 0.4, 1819, 365 + 181, false],
      ["POLICE_DEVELOPMENT", 3, 3, 2, 1, 2 / 3, 1095, 730, false],
    ]);
    const jurisdiction = await participation("groupBy: [JURISDICTION], minCellSize: 0", "jurisdiction");
    // FEDERAL < FIRST_NATIONS (E < I) < MUNICIPAL. RCMP: P-001 (730), P-004 (546), P-005 (671); NAPS: P-003;
    // SPVM: P-002 (730), P-006 (55).
    expect(jurisdiction.rows.map((r: any) => [r.key.jurisdiction, r.officers, r.known, r.female, r.personDays])).toEqual([
      ["FEDERAL", 3, 3, 2, 1947],
      ["FIRST_NATIONS", 1, 0, 0, 182],
      ["MUNICIPAL", 2, 2, 0, 785],
    ]);
    // A federal service has no province: the RCMP's officers form the null group, last.
    const province = await participation("groupBy: [PROVINCE], minCellSize: 0", "province");
    expect(province.rows.map((r: any) => [r.key.province, r.officers, r.personDays])).toEqual([["ON", 1, 182], ["QC", 2, 785], [null, 3, 1947]]);
  });

  it("puts a deployment in every quarter it overlaps, its days clipped to the quarter", async () => {
    // 2019: deployment 8 (P-004, F) has 90 days in Q1 (31 + 28 + 31) and 91 in Q2 (30 + 31 + 30);
    // deployment 9 (P-006, M) 45 in Q1 (14 of February from the 15th, 31 of March) and 10 in Q2.
    const res = await fx.app.gql(`{ femaleParticipation(from: "2019-01-01", to: "2019-12-31", groupBy: [QUARTER], minCellSize: 0) {
      total { officers personDays } rows { key { quarter } ${FIGURES} } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.femaleParticipation.total).toEqual({ officers: 2, personDays: 236 });
    expect(res.data.femaleParticipation.rows.map((r: any) => [r.key.quarter, ...row(r)])).toEqual([
      ["2019-Q1", 2, 2, 1, 1, 0.5, 135, 90, false],
      ["2019-Q2", 2, 2, 1, 1, 0.5, 101, 91, false],
    ]);
    // YEAR with QUARTER, across a year end: deployments 1 (P-001, all of 2010) and 2 (P-002, 2010-06-01..2011-05-31).
    // 2010-Q1: P-001 90. Q2: P-001 91, P-002 30 (June). Q3: 92 + 92. Q4: 92 + 92. 2011-Q1: P-002 90. Q2: 30 + 31.
    const years = await fx.app.gql(`{ femaleParticipation(from: "2010-01-01", to: "2011-12-31", groupBy: [YEAR, QUARTER], minCellSize: 0) {
      total { personDays } rows { key { year quarter } officers personDays } } }`);
    expect(years.errors).toBeUndefined();
    expect(years.data.femaleParticipation.total.personDays).toBe(730);
    expect(years.data.femaleParticipation.rows.map((r: any) => [r.key.year, r.key.quarter, r.officers, r.personDays])).toEqual([
      [2010, "2010-Q1", 1, 90], [2010, "2010-Q2", 2, 121], [2010, "2010-Q3", 2, 184], [2010, "2010-Q4", 2, 184],
      [2011, "2011-Q1", 1, 90], [2011, "2011-Q2", 1, 61],
    ]);
  });

  it("puts a deployment in every month it overlaps, clipped to the period as well", async () => {
    // From 2019-02-20: deployment 8 has 9 days of February (20..28), 31 of March, 30 of April, 31 of
    // May, 30 of June; deployment 9 has 9 of February, 31 of March, 10 of April.
    const res = await fx.app.gql(`{ femaleParticipation(from: "2019-02-20", to: "2019-06-30", groupBy: [MONTH], minCellSize: 0) {
      rows { key { month } officers personDays femalePersonDays } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.femaleParticipation.rows.map((r: any) => [r.key.month, r.officers, r.personDays, r.femalePersonDays])).toEqual([
      ["2019-02", 2, 18, 9], ["2019-03", 2, 62, 31], ["2019-04", 2, 40, 30], ["2019-05", 1, 31, 31], ["2019-06", 1, 30, 30],
    ]);
  });

  it("gives a headcount by month and quarter of each period end, two hosts in one region counting an officer once", async () => {
    // Month ends of the first half of 2019: P-004 (deployment 8) on every one; P-006 (9, 02-15..04-10) on 02-28 and 03-31.
    const monthly = await fx.app.gql(`{ headcountSeries(from: "2019-01-01", to: "2019-06-30", interval: MONTH, groupBy: [MONTH], minCellSize: 0) {
      date key { month } officers known female suppressed } }`);
    expect(monthly.errors).toBeUndefined();
    expect(monthly.data.headcountSeries.map((p: any) => [p.date, p.key.month, p.officers, p.known, p.female, p.suppressed])).toEqual([
      ["2019-01-31", "2019-01", 1, 1, 1, false],
      ["2019-02-28", "2019-02", 2, 2, 1, false],
      ["2019-03-31", "2019-03", 2, 2, 1, false],
      ["2019-04-30", "2019-04", 1, 1, 1, false],
      ["2019-05-31", "2019-05", 1, 1, 1, false],
      ["2019-06-30", "2019-06", 1, 1, 1, false],
    ]);
    const quarterly = await fx.app.gql(`{ headcountSeries(from: "2019-01-01", to: "2019-12-31", interval: QUARTER, groupBy: [QUARTER, REGION], minCellSize: 0) {
      date key { quarter region } officers } }`);
    expect(quarterly.errors).toBeUndefined();
    // 03-31: P-004 and P-006 in UNISFA, hosted by SDN and SSD, both African: 2 officers, not 4. 06-30: P-004.
    // 09-30 and 12-31: nobody deployed, so no group.
    expect(quarterly.data.headcountSeries).toEqual([
      { date: "2019-03-31", key: { quarter: "2019-Q1", region: "Africa" }, officers: 2 },
      { date: "2019-06-30", key: { quarter: "2019-Q2", region: "Africa" }, officers: 1 },
    ]);
  });

  it("filters by each new field", async () => {
    const total = async (filter: string, extra = "") => {
      const res = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", filter: { ${filter} }, minCellSize: 0${extra}) { total { officers known female personDays } rows { key { countryIso3: country { iso3 } region missionKind } officers } } }`);
      expect(res.errors, filter).toBeUndefined();
      return res.data.femaleParticipation;
    };
    // Sergeant P-001 (730 days) and Corporal P-004 (546).
    expect((await total(`ranks: ["Sergeant", "Corporal"]`)).total).toEqual({ officers: 2, known: 2, female: 2, personDays: 1276 });
    // Africa: UNISFA's deployments 8 and 9; grouped by country, both African hosts form groups.
    const africa = await total(`regions: ["Africa"]`, ", groupBy: [COUNTRY]");
    expect(africa.total).toEqual({ officers: 2, known: 2, female: 1, personDays: 236 });
    expect(africa.rows.map((r: any) => [r.key.countryIso3.iso3, r.officers])).toEqual([["SDN", 2], ["SSD", 2]]);
    // Sub-Saharan Africa: the same deployments, but only the host in that sub-region (SSD) forms a group.
    const ssa = await total(`subRegions: ["Sub-Saharan Africa"]`, ", groupBy: [COUNTRY]");
    expect(ssa.total).toEqual({ officers: 2, known: 2, female: 1, personDays: 236 });
    expect(ssa.rows.map((r: any) => [r.key.countryIso3.iso3, r.officers])).toEqual([["SSD", 2]]);
    // One host must pass the country and region filters together: UKR is not in Africa.
    expect((await total(`countries: ["UKR"], regions: ["Africa"]`)).total).toEqual({ officers: 0, known: 0, female: 0, personDays: 0 });
    // Police development: CPM-UKRAINE (4, 5) and EUPOL COPPS (7): P-001, P-004, P-002; 365 x 3 days.
    const pd = await total(`missionKinds: [POLICE_DEVELOPMENT]`, ", groupBy: [MISSION_KIND]");
    expect(pd.total).toEqual({ officers: 3, known: 3, female: 2, personDays: 1095 });
    expect(pd.rows.map((r: any) => [r.key.missionKind, r.officers])).toEqual([["POLICE_DEVELOPMENT", 3]]);
    // Municipal: SPVM's P-002 (730) and P-006 (55).
    expect((await total(`jurisdictions: [MUNICIPAL]`)).total).toEqual({ officers: 2, known: 2, female: 0, personDays: 785 });
    // Ontario: NAPS's P-003, undisclosed.
    expect((await total(`provinces: ["ON"]`)).total).toEqual({ officers: 1, known: 0, female: 0, personDays: 182 });
    // Country coverage under a region filter lists the hosts in that region only: UNISFA's two.
    const coverage = await fx.app.gql(`{ countryCoverage(to: "2023-12-31", filter: { regions: ["Africa"] }, minCellSize: 0) { countries { country { iso3 } officers personDays } } }`);
    expect(coverage.errors).toBeUndefined();
    expect(coverage.data.countryCoverage.countries).toEqual([
      { country: { iso3: "SDN" }, officers: 2, personDays: 236 },
      { country: { iso3: "SSD" }, officers: 2, personDays: 236 },
    ]);
    // Regions filter, grouped by region: Europe only (UKR and XKX).
    const europe = await total(`regions: ["Europe"]`, ", groupBy: [REGION]");
    expect(europe.rows.map((r: any) => [r.key.region, r.officers])).toEqual([["Europe", 3]]);
  });

  it("suppresses small cells by default, a filter on a new field counting as a grouping", async () => {
    const anonymous = { token: null };
    // Unfiltered, the total has 5 officers of known gender, at the default minCellSize of 5: shown.
    const all = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31") { total { officers known female suppressed } } }`, undefined, anonymous);
    expect(all.data.femaleParticipation.total).toEqual({ officers: 6, known: 5, female: 2, suppressed: false });
    // By jurisdiction every group has fewer than 5 of known gender (3, 0, 2): all withheld, their
    // officers and person-days still shown.
    const byJurisdiction = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", groupBy: [JURISDICTION]) { rows { key { jurisdiction } officers known personDays female rate suppressed } } }`, undefined, anonymous);
    expect(byJurisdiction.errors).toBeUndefined();
    expect(byJurisdiction.data.femaleParticipation.rows).toEqual([
      { key: { jurisdiction: "FEDERAL" }, officers: 3, known: 3, personDays: 1947, female: null, rate: null, suppressed: true },
      { key: { jurisdiction: "FIRST_NATIONS" }, officers: 1, known: 0, personDays: 182, female: null, rate: null, suppressed: true },
      { key: { jurisdiction: "MUNICIPAL" }, officers: 2, known: 2, personDays: 785, female: null, rate: null, suppressed: true },
    ]);
    // Every region: the same 6 officers (5 of known gender) as the total, but a filter on regions is a
    // grouping by region keeping some, and each region's cell is withheld (known 2, 2, 1, 3: all
    // below 5), so their union is too.
    const regions = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31", filter: { regions: ["Africa", "Americas", "Asia", "Europe"] }) {
      total { officers known female suppressed } } }`, undefined, anonymous);
    expect(regions.errors).toBeUndefined();
    expect(regions.data.femaleParticipation.total).toEqual({ officers: 6, known: 5, female: null, suppressed: true });
    // Quarters within years, and a monthly series by region: every cell has 1 or 2 officers of known gender.
    const quarters = await fx.app.gql(`{ femaleParticipation(from: "2019-01-01", to: "2019-12-31", groupBy: [YEAR, QUARTER]) { rows { key { year quarter } officers female suppressed } } }`, undefined, anonymous);
    expect(quarters.errors).toBeUndefined();
    expect(quarters.data.femaleParticipation.rows).toEqual([
      { key: { year: 2019, quarter: "2019-Q1" }, officers: 2, female: null, suppressed: true },
      { key: { year: 2019, quarter: "2019-Q2" }, officers: 2, female: null, suppressed: true },
    ]);
    const series = await fx.app.gql(`{ headcountSeries(from: "2019-01-01", to: "2019-03-31", interval: MONTH, groupBy: [MONTH, REGION]) { date key { month region } officers female suppressed } }`, undefined, anonymous);
    expect(series.errors).toBeUndefined();
    expect(series.data.headcountSeries).toEqual([
      { date: "2019-01-31", key: { month: "2019-01", region: "Africa" }, officers: 1, female: null, suppressed: true },
      { date: "2019-02-28", key: { month: "2019-02", region: "Africa" }, officers: 2, female: null, suppressed: true },
      { date: "2019-03-31", key: { month: "2019-03", region: "Africa" }, officers: 2, female: null, suppressed: true },
    ]);
    // Three dimensions, grouped and filtered together, are refused when cells are suppressed.
    const three = await fx.app.gql(`{ femaleParticipation(groupBy: [REGION, RANK], filter: { provinces: ["QC"] }) { total { officers } } }`, undefined, anonymous);
    expect(three.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "groupBy" });
    expect(three.errors?.[0].message).toContain("this one combines 3: REGION, PROVINCE, RANK");
  });

  it("exports the new dimensions' key columns and takes their filters as parameters", async () => {
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/${path}`, { headers: { authorization: `Bearer ${fx.tokens.ANALYST}` } });
      const text = await res.text();
      expect(res.status, text).toBe(200);
      return text.split("\n");
    };
    // Police development (deployments 4, 5, 7) by quarter of 2017: deployment 4 (P-001) to 2017-05-31,
    // deployment 5 (P-004) all year; both RCMP, no province.
    const lines = await get("femaleParticipation.csv?from=2017-01-01&to=2017-12-31&groupBy=QUARTER,MISSION_KIND,PROVINCE&missionKinds=POLICE_DEVELOPMENT&minCellSize=0");
    expect(lines[0]).toMatch(/^quarter,mission_kind,province,officers,/);
    // Q1: 90 + 90; Q2: P-001 61 (April, May), P-004 91; Q3, Q4: P-004 92 each.
    expect(lines.slice(1, -1).map((l) => l.split(",")).map((c) => [c[0], c[1], c[2], c[3], c[12]])).toEqual([
      ["2017-Q1", "POLICE_DEVELOPMENT", "", "2", "180"],
      ["2017-Q2", "POLICE_DEVELOPMENT", "", "2", "152"],
      ["2017-Q3", "POLICE_DEVELOPMENT", "", "1", "92"],
      ["2017-Q4", "POLICE_DEVELOPMENT", "", "1", "92"],
    ]);
    const headcount = await get("headcountSeries.csv?from=2019-01-01&to=2019-03-31&interval=MONTH&groupBy=MONTH,SUB_REGION,RANK&subRegions=Northern%20Africa&minCellSize=0");
    expect(headcount[0]).toBe("date,month,sub_region,rank,officers,known,female,rate,suppressed,provenance,provenance_sources,provenance_as_of");
    // January: P-004 (Corporal); February and March: P-004 and P-006 (no rank, an empty cell, listed last).
    // Every row read is synthetic; asOf is the period's end.
    expect(headcount.slice(1, -1)).toEqual([
      "2019-01-31,2019-01,Northern Africa,Corporal,1,1,1,1,false",
      "2019-02-28,2019-02,Northern Africa,Corporal,1,1,1,1,false",
      "2019-02-28,2019-02,Northern Africa,,1,1,0,0,false",
      "2019-03-31,2019-03,Northern Africa,Corporal,1,1,1,1,false",
      "2019-03-31,2019-03,Northern Africa,,1,1,0,0,false",
    ].map((line) => `${line},SYNTHETIC,synthetic demo,2019-03-31`));
  });

  it("refuses an unknown code of a new filter, naming what it would accept", async () => {
    const cases: [string, string, string][] = [
      [`regions: ["Afrika"]`, "filter.regions", 'filter.regions: unknown code "Afrika"; known: "Africa", "Americas", "Asia", "Europe"'],
      [`subRegions: ["Western Asia", "Middle Earth"]`, "filter.subRegions", 'filter.subRegions: unknown code "Middle Earth"; known: "Eastern Europe", "Latin America and the Caribbean", "Northern Africa", "Northern America", "Southern Asia", "Southern Europe", "Sub-Saharan Africa", "Western Asia"'],
      [`provinces: ["ZZ", "qc"]`, "filter.provinces", 'filter.provinces: unknown codes "ZZ", "qc"; known: "ON", "QC"'],
      [`ranks: ["Chief"]`, "filter.ranks", 'filter.ranks: unknown code "Chief"; known: "Constable", "Corporal", "Inspector", "Sergeant", "Staff Sergeant"'],
    ];
    for (const [filter, field, message] of cases) {
      const res = await fx.app.gql(`{ femaleParticipation(filter: { ${filter} }) { total { officers } } }`);
      expect(res.errors?.[0].extensions, filter).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(res.errors?.[0].message).toBe(message);
    }
    // Mission kinds and jurisdictions are enums: GraphQL refuses a value outside them.
    const kind = await fx.app.gql(`{ femaleParticipation(filter: { missionKinds: [WAR] }) { total { officers } } }`);
    expect(kind.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("the cost of calendar groupings", () => {
  it("counts the quarters or months a period touches, as years are counted", () => {
    const period = { from: "2017-02-10", to: "2018-05-01" };
    // 2017-Q1 .. 2018-Q2: 6 quarters; 2017-02 .. 2018-05: 16 months; 2017, 2018: 2 years.
    expect(calendarUnits(period, "QUARTER")).toBe(6);
    expect(calendarUnits(period, "MONTH")).toBe(16);
    expect(calendarUnits(period, "YEAR")).toBe(2);
    // 100 x (1 + 1 dimension) + 10 per unit + selection 5; with YEAR and MONTH the expansion is by month.
    expect(REPORT_COSTS.femaleParticipation({ ...period, groupBy: ["QUARTER"] }, 5)).toBe(200 + 60 + 5);
    expect(REPORT_COSTS.femaleParticipation({ ...period, groupBy: ["YEAR", "MONTH"] }, 5)).toBe(300 + 160 + 5);
    // A series' quarter is its period end's, not a group: 5 quarter ends (2017-03-31 .. 2018-03-31) x 10 (REGION) x selection 2.
    expect(REPORT_COSTS.headcountSeries({ ...period, interval: "QUARTER", groupBy: ["QUARTER", "REGION"] }, 2)).toBe(100 + 5 * 10 * 2);
  });
});

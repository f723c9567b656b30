import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../src/core/db/seed";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { startTestApp, type TestApp } from "../support/http";
import { figures } from "./figures";

// On the demo database (synthetic register, the shipped UN data): the report for 2022 as an
// anonymous caller gets it, against the same figures asked of /graphql.
describe("the Generation Equality report on the demo database", () => {
  let database: TestDatabase;
  let app: TestApp;
  beforeAll(async () => {
    database = await databaseTargets()[0].open();
    await seedDatabase(database.db, "demo");
    app = await startTestApp(database.db, false);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  it("shows /graphql's women's shares and the UN's shares of 2013-2022", async () => {
    const res = await fetch(`http://127.0.0.1:${app.port}/reports/generation-equality.html?year=2022`);
    const html = await res.text();
    expect(res.status, html).toBe(200);
    const api = await app.gql(`{
      femaleParticipation(from: "2013-01-01", to: "2022-12-31", groupBy: [YEAR]) { rows { key { year } rate suppressed } }
      unContributionShare(from: "2013-01-01", to: "2022-12-31", groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT] }) { rows { key { year personnelType } rate } }
      ipo: targetProgress(indicator: "GPS_IPO_WOMEN", year: 2028) { latestValue onTrack }
    }`);
    expect(api.errors).toBeUndefined();
    const all = figures(html);
    const of = (figure: string, measure: string) => all.filter((f) => f.figure === figure && f.measure === measure);
    expect(of("women-share", "rate").map((f) => [Number(f.year), f.value === "suppressed" ? "suppressed" : Number(f.value)]))
      .toEqual(api.data.femaleParticipation.rows.map((r: any) => [r.key.year, r.suppressed ? "suppressed" : r.rate]));
    expect(of("un-share", "rate").map((f) => [Number(f.year), f["personnel-type"], Number(f.value)]))
      .toEqual(api.data.unContributionShare.rows.map((r: any) => [r.key.year, r.key.personnelType, r.rate]));
    const ipo = all.find((f) => f.figure === "un-target" && f.measure === "latestValue" && f.indicator === "GPS_IPO_WOMEN" && f.year === "2028");
    expect(Number(ipo?.value)).toBe(api.data.ipo[0].latestValue);
    expect(html).toContain("Report year 2022: the ten calendar years to 2022.");
  });
});

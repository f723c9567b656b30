import { describe, expect, it } from "vitest";
import { isSyntheticSource, provenanceOf, sourcesLine } from "../src/core/analytics/provenance";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

describe("provenance of a set of sources", () => {
  it("is SYNTHETIC only when every source says so first, REAL when none does, MIXED otherwise", () => {
    expect(provenanceOf(["synthetic demo", "synthetic demo"], "2020-12-31")).toEqual({ data: "SYNTHETIC", sources: ["synthetic demo"], asOf: "2020-12-31" });
    expect(provenanceOf(["officers.csv", "UN_country_contributions_2016_08.pdf"], null).data).toBe("REAL");
    expect(provenanceOf(["synthetic demo", "officers.csv"], null)).toEqual({ data: "MIXED", sources: ["officers.csv", "synthetic demo"], asOf: null });
    // A file named after synthetic data is not synthetic data; "Synthetic benchmark" is.
    expect([isSyntheticSource("not synthetic.csv"), isSyntheticSource("Synthetic benchmark"), isSyntheticSource("synthetics.csv")]).toEqual([false, true, false]);
    // Nothing read at all (an empty register): nothing synthetic was read.
    expect(provenanceOf([], null).data).toBe("REAL");
  });

  it("writes a run of monthly files on one line as its ends and its count", () => {
    const months = ["2015_01", "2015_02", "2016_07"].map((m) => `UN_country_contributions_${m}.pdf`);
    expect(sourcesLine([...months, "fixture"])).toBe("UN_country_contributions_2015_01.pdf .. UN_country_contributions_2016_07.pdf (3 monthly files); fixture");
    // Two files are written as they are.
    expect(sourcesLine(["a_2015_01.pdf", "a_2015_02.pdf", "officers.csv"])).toBe("a_2015_01.pdf; a_2015_02.pdf; officers.csv");
    expect(sourcesLine([])).toBe("");
  });
});

/*
 * On the fixture (test/support/fixture.ts: every register row `synthetic demo`, the UN rows
 * `fixture`), plus one real officer (P-100, from `officers.csv`) deployed to UNISFA in 2019 by a
 * deployment from `deployments.csv`.
 */
describe.each(databaseTargets())("provenance of the reports on the $name database", (target) => {
  const fx = useFixtureApp(target, {
    role: "ANALYST",
    setup: async (db) => {
      await db.query(`INSERT INTO officer (id, personnel_number, gender, police_service_id, source) VALUES (100, 'P-100', 'FEMALE', 1, 'officers.csv')`);
      await db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source) VALUES (100, 5, 2, '2019-01-01', '2019-06-30', false, 'deployments.csv')`);
    },
  });

  const SYNTHETIC = (asOf: string) => ({ data: "SYNTHETIC", sources: ["synthetic demo"], asOf });
  const P = "provenance { data sources asOf }";

  it("labels every figure of the synthetic register SYNTHETIC, and the UN's REAL", async () => {
    const res = await fx.app.gql(`{
      femaleParticipation(from: "2010-01-01", to: "2017-12-31", groupBy: [MISSION], minCellSize: 0) { ${P} total { ${P} } rows { ${P} } }
      headcountSeries(from: "2010-01-01", to: "2010-12-31", interval: YEAR) { date ${P} }
      trainingsDelivered(to: "2017-12-31") { ${P} total { ${P} } }
      countryCoverage(from: "2010-01-01", to: "2017-12-31") { ${P} countries { ${P} } byYear { ${P} } }
      unContributionShare(groupBy: [YEAR]) { ${P} rows { ${P} } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    const to2017 = SYNTHETIC("2017-12-31");
    expect(d.femaleParticipation.provenance).toEqual(to2017);
    expect([d.femaleParticipation.total.provenance, ...d.femaleParticipation.rows.map((r: any) => r.provenance)]).toEqual(Array(1 + d.femaleParticipation.rows.length).fill(to2017));
    expect(d.headcountSeries).toEqual([{ date: "2010-12-31", provenance: SYNTHETIC("2010-12-31") }]);
    expect([d.trainingsDelivered.provenance, d.trainingsDelivered.total.provenance]).toEqual([to2017, to2017]);
    expect(d.countryCoverage.provenance).toEqual(to2017);
    expect(new Set([...d.countryCoverage.countries, ...d.countryCoverage.byYear].map((r: any) => JSON.stringify(r.provenance)))).toEqual(new Set([JSON.stringify(to2017)]));
    // The fixture's UN rows, the latest of 2018-05-31.
    const un = { data: "REAL", sources: ["fixture"], asOf: "2018-05-31" };
    expect(d.unContributionShare.provenance).toEqual(un);
    expect(d.unContributionShare.rows.map((r: any) => r.provenance)).toEqual([un, un]);
  });

  it("is computed from the rows the report read: its period and its filter", async () => {
    const q = (args: string) => fx.app.gql(`{ femaleParticipation(${args}, minCellSize: 0) { total { officers } ${P} } }`);
    // 2019 holds only P-100's real deployment.
    const y2019 = await q(`from: "2019-01-01", to: "2019-12-31"`);
    expect(y2019.data.femaleParticipation).toEqual({ total: { officers: 1 }, provenance: { data: "REAL", sources: ["deployments.csv", "officers.csv"], asOf: "2019-12-31" } });
    // All time to 2023: both kinds.
    const all = await q(`to: "2023-12-31"`);
    expect(all.data.femaleParticipation.provenance).toEqual({ data: "MIXED", sources: ["deployments.csv", "officers.csv", "synthetic demo"], asOf: "2023-12-31" });
    // The same period narrowed to a mission that only synthetic rows reach.
    const minustah = await q(`to: "2023-12-31", filter: { missions: ["MINUSTAH"] }`);
    expect(minustah.data.femaleParticipation.provenance.data).toBe("SYNTHETIC");
    // A period with no deployment: a zero of the register, labelled as the register is (both kinds).
    const none = await q(`from: "1950-01-01", to: "1950-12-31"`);
    expect(none.data.femaleParticipation).toEqual({ total: { officers: 0 }, provenance: { data: "MIXED", sources: ["deployments.csv", "officers.csv", "synthetic demo"], asOf: "1950-12-31" } });
  });

  it("labels the reconciliation MIXED: the synthetic register against the UN's real counts", async () => {
    const res = await fx.app.gql(`{ reconciliation(from: "2016-08-01", to: "2016-09-30") { date ${P} } }`);
    expect(res.errors).toBeUndefined();
    // Register rows overlapping the period in UN-led missions: P-001 in CPM-UKRAINE is not UN-led, so none; the whole register's sources stand in.
    const provenance = { data: "MIXED", sources: ["deployments.csv", "fixture", "officers.csv", "synthetic demo"], asOf: "2016-09-30" };
    expect(res.data.reconciliation.map((r: any) => r.provenance)).toEqual(res.data.reconciliation.map(() => provenance));
    expect(res.data.reconciliation.length).toBeGreaterThan(0);
  });

  it("costs one statement, and only when asked", async () => {
    const without = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31") { total { officers } } }`);
    const withIt = await fx.app.gql(`{ femaleParticipation(to: "2023-12-31") { total { officers } } ...on Query { femaleParticipation(to: "2023-12-31") { ${P} } } }`);
    expect(without.errors).toBeUndefined();
    expect(withIt.errors).toBeUndefined();
    expect(withIt.data.femaleParticipation.provenance.data).toBe("MIXED");
    expect(withIt.extensions?.sql?.statements).toBe(without.extensions!.sql!.statements + 1);
  });
});

import { describe, expect, it } from "vitest";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

/*
 * Progress to targets (docs/definitions.md 12) on the fixture (test/support/fixture.ts) plus, here:
 *
 * UN individual police, all contributors (the fixture's rows, then these):
 *   2016: 84 (14 women) + 80 (14)   = 28 / 164      2018: 25 (5)  = 0.2
 *   2019: 100 (22)                  = 0.22          2020: 50 (12) + 50 (12) = 24 / 100 = 0.24
 *   2021: 200 (50)                  = 0.25, latest month end 2021-12-31
 * and a 2028 target of 30 % (GPS_IPO_WOMEN). The formed police units: 2016 only, 10 of 160.
 *
 * The register: officers 11-16 (F F F M M M) deployed all of 2021; 11-14 (F F F M) all of 2022; 11, 12,
 * 15, 16 (F F M M) all of 2023; the fixture's P-005 (M) from 2022-03-01, ongoing. Officer 16 and
 * his deployments come from a file (`officers-2021.csv`, `deployments-2021.csv`): real rows among
 * the synthetic ones. Per year, of known gender:
 *   2021: 3 of 6 = 0.5     2022: 3 of 5 (P-005 too) = 0.6     2023: 2 of 5 = 0.4
 *   2016 (P-001, 1 known), 2017 (2 known), 2024 on (P-005 alone): below the cell size of 5.
 * Targets: the fixture's NAP 2020 (20 %), and here NAP 2028 (50 %, a test value).
 */
describe.each(databaseTargets())("progress to targets on the $name database", (target) => {
  const fx = useFixtureApp(target, {
    setup: async (db) => {
      await db.query(`INSERT INTO un_contribution (as_of_date, mission_id, country_iso3, personnel_type, male, female, total, source) VALUES
        ('2019-06-30', NULL, 'CAN', 'INDIVIDUAL_POLICE', 78, 22, 100, 'UN_country_contributions_2019_06.pdf'),
        ('2020-06-30', NULL, 'CAN', 'INDIVIDUAL_POLICE', 38, 12, 50, 'UN_country_contributions_2020_06.pdf'),
        ('2020-12-31', NULL, 'CAN', 'INDIVIDUAL_POLICE', 38, 12, 50, 'UN_country_contributions_2020_12.pdf'),
        ('2021-12-31', NULL, 'CAN', 'INDIVIDUAL_POLICE', 150, 50, 200, 'UN_country_contributions_2021_12.pdf')`);
      await db.query(`INSERT INTO wps_indicator (id, code, name, unit, source, computation) VALUES
        (2, 'GPS_FPU_WOMEN', 'Women among formed police units', 'PERCENT', 'UN_GPS_2018_2028', 'UN share'),
        (3, 'GPS_IPO_WOMEN', 'Women among individual police', 'PERCENT', 'UN_GPS_2018_2028', 'UN share')`);
      await db.query(`INSERT INTO wps_target (indicator_id, year, value) VALUES (2, 2016, 0.12), (3, 2028, 0.30), (1, 2028, 0.50)`);
      const genders = ["FEMALE", "FEMALE", "FEMALE", "MALE", "MALE", "MALE"];
      for (let i = 0; i < 6; i++) {
        const source = i === 5 ? "officers-2021.csv" : "synthetic demo";
        await db.query(`INSERT INTO officer (id, personnel_number, gender, police_service_id, source) VALUES (${11 + i}, 'T-${11 + i}', '${genders[i]}', 1, '${source}')`);
      }
      const years: Record<number, number[]> = { 2021: [11, 12, 13, 14, 15, 16], 2022: [11, 12, 13, 14], 2023: [11, 12, 15, 16] };
      for (const [year, officers] of Object.entries(years)) {
        for (const id of officers) {
          const source = id === 16 ? "deployments-2021.csv" : "synthetic demo";
          await db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source)
            VALUES (${id}, 2, 2, '${year}-01-01', '${year}-12-31', false, '${source}')`);
        }
      }
    },
  });

  const FIELDS = `target { year value indicator { code } } actual gap met latestYear latestDate latestValue latestInterval { low high }
    trendPerYear trendFromYear trendToYear neededPerYear projectedValue onTrack provenance { data sources asOf }`;

  const progress = async () => {
    const res = await fx.app.gql(`{ targetProgress { ${FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    const byKey = new Map<string, any>(res.data.targetProgress.map((t: any) => [`${t.target.indicator.code} ${t.target.year}`, t]));
    expect([...byKey.keys()]).toEqual(["GPS_FPU_WOMEN 2016", "GPS_IPO_WOMEN 2028", "NAP_WOMEN_DEPLOYED_POLICE 2020", "NAP_WOMEN_DEPLOYED_POLICE 2028"]);
    return byKey;
  };

  it("carries the UN's latest share to a future target: trend, yearly change needed, on track", async () => {
    const ipo = (await progress()).get("GPS_IPO_WOMEN 2028");
    // No 2028 data: no same-year figures.
    expect([ipo.actual, ipo.gap, ipo.met]).toEqual([null, null, null]);
    expect([ipo.latestYear, ipo.latestDate, ipo.latestValue, ipo.latestInterval]).toEqual([2021, "2021-12-31", 0.25, null]);
    // Window: the five years 2017-2021, those with a value: 2018 0.2, 2019 0.22, 2020 0.24, 2021 0.25.
    // x̄ = 2019.5, ȳ = 0.2275; Σ(x-x̄)(y-ȳ) = 1.5 x 0.0275 + 0.5 x 0.0075 + 0.5 x 0.0125 + 1.5 x 0.0225 = 0.085; Σ(x-x̄)² = 5.
    expect([ipo.trendFromYear, ipo.trendToYear]).toEqual([2018, 2021]);
    expect(ipo.trendPerYear).toBeCloseTo(0.017, 12);
    // (0.30 - 0.25) / (2028 - 2021); 0.25 + 7 x 0.017 = 0.369 >= 0.30.
    expect(ipo.neededPerYear).toBeCloseTo(0.05 / 7, 12);
    expect(ipo.projectedValue).toBeCloseTo(0.369, 12);
    expect(ipo.onTrack).toBe(true);
    // The UN files of the years read (2018-2021; none of 2028): real.
    expect(ipo.provenance).toEqual({
      data: "REAL",
      sources: ["UN_country_contributions_2019_06.pdf", "UN_country_contributions_2020_06.pdf", "UN_country_contributions_2020_12.pdf", "UN_country_contributions_2021_12.pdf", "fixture"],
      asOf: "2021-12-31",
    });
  });

  it("keeps the same-year figures, and a target whose year is reached is on track only if met", async () => {
    const fpu = (await progress()).get("GPS_FPU_WOMEN 2016");
    // 10 women of 160 in 2016.
    expect([fpu.actual, fpu.met, fpu.latestYear, fpu.latestValue, fpu.latestDate]).toEqual([0.0625, false, 2016, 0.0625, "2016-08-31"]);
    expect(fpu.gap).toBeCloseTo(-0.0575, 12);
    // One year of data: no trend; no year left: nothing needed per year; projected = latest.
    expect([fpu.trendPerYear, fpu.trendFromYear, fpu.neededPerYear, fpu.projectedValue, fpu.onTrack]).toEqual([null, null, null, 0.0625, false]);
    expect(fpu.provenance).toEqual({ data: "REAL", sources: ["fixture"], asOf: "2016-08-31" });
  });

  it("takes the register's latest published rate with its Wilson interval, and its trend", async () => {
    const all = await progress();
    const nap = all.get("NAP_WOMEN_DEPLOYED_POLICE 2028");
    expect([nap.actual, nap.gap, nap.met]).toEqual([null, null, null]);
    // 2024 onwards hold P-005 alone (suppressed): the latest published year is 2023, 2 women of 5.
    expect([nap.latestYear, nap.latestDate, nap.latestValue]).toEqual([2023, "2023-12-31", 0.4]);
    // Wilson 95 % for k = 2, n = 5 by docs/definitions.md 7: centre (k + z²/2) / (n + z²), half-width z √(k(n-k)/n + z²/4) / (n + z²).
    const z = 1.959964;
    const centre = (2 + z * z / 2) / (5 + z * z);
    const half = (z * Math.sqrt((2 * 3) / 5 + z * z / 4)) / (5 + z * z);
    expect(nap.latestInterval.low).toBeCloseTo(centre - half, 10);
    expect(nap.latestInterval.high).toBeCloseTo(centre + half, 10);
    // 2021 0.5, 2022 0.6, 2023 0.4 (2019, 2020: nobody deployed): x̄ = 2022, ȳ = 0.5, Σ(x-x̄)(y-ȳ) = -0.1, Σ(x-x̄)² = 2.
    expect([nap.trendFromYear, nap.trendToYear]).toEqual([2021, 2023]);
    expect(nap.trendPerYear).toBeCloseTo(-0.05, 12);
    expect(nap.neededPerYear).toBeCloseTo((0.5 - 0.4) / 5, 12);
    expect(nap.projectedValue).toBeCloseTo(0.4 - 0.05 * 5, 12);
    expect(nap.onTrack).toBe(false);
    // Synthetic rows with two imported files among them.
    expect(nap.provenance.data).toBe("MIXED");
    expect(nap.provenance.sources).toEqual(["deployments-2021.csv", "officers-2021.csv", "synthetic demo"]);
    // As of the latest date its figures read.
    expect(nap.provenance.asOf).toBe("2023-12-31");
    // Nobody deployed in 2020, and nothing published before: the 2020 target has no figure at all.
    const old = all.get("NAP_WOMEN_DEPLOYED_POLICE 2020");
    expect([old.actual, old.latestYear, old.latestValue, old.trendPerYear, old.neededPerYear, old.onTrack]).toEqual([null, null, null, null, null, null]);
    expect(old.provenance.asOf).toBe("2020-12-31");
  });

  it("exports the same figures, provenance included", async () => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/targetProgress.csv?indicator=GPS_IPO_WOMEN`);
    expect(res.status).toBe(200);
    const [header, line] = (await res.text()).split("\n");
    const row = Object.fromEntries(header.split(",").map((name, i) => [name, line.split(",")[i]]));
    expect(row).toMatchObject({ indicator_code: "GPS_IPO_WOMEN", year: "2028", latest_year: "2021", latest_value: "0.25", trend_from_year: "2018", on_track: "true", provenance: "REAL" });
    // Four monthly files and the fixture's: a run of monthly files is written as its ends.
    expect(line).toContain('"UN_country_contributions_2019_06.pdf .. UN_country_contributions_2021_12.pdf (4 monthly files); fixture"');
  });
});

import { parse } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { describe, expect, it } from "vitest";
import { periodEnds, type IntervalUnit } from "../src/core/analytics/headcount";
import { calendarYears, periodEndCount } from "../src/core/analytics/period-units";
import { REPORT_COSTS } from "../src/core/analytics/report-cost";
import { REPORTS } from "../src/export/report-specs";
import { buildPeaceopsSchema } from "../src/graphql/build-schema";
import { COST_ESTIMATORS } from "../src/server/cost-estimators";

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema: buildPeaceopsSchema(), query: parse(query), variables, estimators: COST_ESTIMATORS, context: { reports: [] } });

/** The bomb of the issue, within the accepted dates: 30 aliases of a reconciliation over 201 years. */
const BOMB = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: reconciliation(from: "1900-01-01", to: "2100-12-31") { date }`).join(" ")} }`;

describe("period units", () => {
  it("counts period ends by hand", () => {
    // Month ends 1200-01-31 .. 2033-04-30: 833 years of 12, plus January to April 2033.
    expect(periodEndCount({ from: "1200-01-01", to: "2033-04-30" }, "MONTH")).toBe(833 * 12 + 4);
    // 2023-11-30, 2023-12-31, 2024-01-31, 2024-02-29 (leap year).
    expect(periodEndCount({ from: "2023-11-15", to: "2024-02-29" }, "MONTH")).toBe(4);
    // 2024-03-30 is not a month end: January and February only.
    expect(periodEndCount({ from: "2024-01-01", to: "2024-03-30" }, "MONTH")).toBe(2);
    // The quarter holding 2010-02-10 ends 2010-03-31, within the period; then June, September, December.
    expect(periodEndCount({ from: "2010-02-10", to: "2010-12-31" }, "QUARTER")).toBe(4);
    expect(periodEndCount({ from: "2014-01-01", to: "2015-12-31" }, "YEAR")).toBe(2);
    expect(periodEndCount({ from: "2014-01-01", to: "2015-12-30" }, "YEAR")).toBe(1);
    expect(periodEndCount({ from: "2016-01-01", to: "2015-12-31" }, "MONTH")).toBe(0);
    expect(calendarYears({ from: "1900-01-01", to: "2023-12-31" })).toBe(124);
    expect(calendarYears({ from: "2016-06-30", to: "2016-07-01" })).toBe(1);
    expect(calendarYears({ from: "2017-01-01", to: "2016-12-31" })).toBe(0);
  });

  it("agrees with the series' own period ends", () => {
    const dates = ["1999-12-31", "2000-01-01", "2000-02-29", "2001-02-28", "2010-03-31", "2010-04-01", "2011-06-15", "2012-12-30", "2012-12-31"];
    for (const unit of ["MONTH", "QUARTER", "YEAR"] as IntervalUnit[]) {
      for (const from of dates) for (const to of dates) {
        if (from <= to) expect(periodEndCount({ from, to }, unit), `${unit} ${from}..${to}`).toBe(periodEnds({ from, to }, unit).length);
      }
    }
  });
});

describe("report costs", () => {
  it("covers every report, and only reports", () => {
    expect(Object.keys(REPORT_COSTS).sort()).toEqual(REPORTS.map((r) => r.name).sort());
  });

  it("computes each formula by hand", () => {
    const period = { from: "2017-01-01", to: "2022-12-31" };
    // 100 x (1 + 1 dimension) + 10 x 6 years + selection 5.
    expect(REPORT_COSTS.femaleParticipation({ ...period, groupBy: ["YEAR"] }, 5)).toBe(265);
    // 100 x (1 + 2), no years: MISSION and ROLE group the rows found.
    expect(REPORT_COSTS.femaleParticipation({ ...period, groupBy: ["MISSION", "ROLE"] }, 5)).toBe(305);
    expect(REPORT_COSTS.trainingsDelivered({ groupBy: ["THEME"] }, 3)).toBe(203);
    expect(REPORT_COSTS.unContributionShare({ ...period }, 3)).toBe(103);
    // 100 + 10 x 6 years + 4.
    expect(REPORT_COSTS.countryCoverage(period, 4)).toBe(164);
    expect(REPORT_COSTS.targetProgress({}, 7)).toBe(407);
    // 24 quarter ends x 10 (MISSION) x 10 (ROLE) x selection 2; YEAR adds no group.
    expect(REPORT_COSTS.headcountSeries({ ...period, interval: "QUARTER", groupBy: ["MISSION", "YEAR", "ROLE"] }, 2)).toBe(100 + 24 * 100 * 2);
    // Over 10,000 period ends the resolver refuses the series; the cost counts 10,000.
    expect(REPORT_COSTS.headcountSeries({ from: "1900-01-01", to: "2900-12-31", interval: "MONTH" }, 1)).toBe(10_100);
    // 72 month ends x 10 UN-led missions x selection 6, or x 1 for one mission.
    expect(REPORT_COSTS.reconciliation(period, 6)).toBe(100 + 72 * 10 * 6);
    expect(REPORT_COSTS.reconciliation({ ...period, mission: "MINUSTAH" }, 6)).toBe(100 + 72 * 6);
  });

  it("costs whole operations, aliases and fragments included", () => {
    // Each alias: 100 + 2,412 month ends (201 years of 12) x 10 missions x 1 (date).
    expect(cost(BOMB)).toBe(30 * (100 + 2412 * 10));
    // The README's analytics example: participation 100 x 2 + 10 x 6 years + total (1 + 4 fields + interval 3) 8 + rows (1 + key 2
    // + 4 fields) 7; UN shares 100 x 2 + rows (1 + key 2 + 3 fields) 6; targets 400 + target (1 + indicator 2 + value 1) 4 + 3 fields.
    expect(cost(`{
      femaleParticipation(from: "2017-01-01", to: "2022-12-31", groupBy: [YEAR]) {
        total { officers known female rate interval { low high } }
        rows { key { year } officers female rate suppressed }
      }
      unContributionShare(from: "2022-01-01", to: "2022-12-31", groupBy: [PERSONNEL_TYPE]) {
        rows { key { personnelType } rate meanTotal snapshots }
      }
      targetProgress(year: 2022) { target { indicator { code } value } actual gap met }
    }`)).toBe(275 + 206 + 407);
    // Variables count like literals; a fragment's report counts where it is spread.
    const q = `query($from: Date!, $to: Date!) { ...R } fragment R on Query { reconciliation(from: $from, to: $to, mission: "MINUSTAH") { date registerHeadcount } }`;
    expect(cost(q, { from: "2016-01-01", to: "2016-12-31" })).toBe(100 + 12 * 2);
  });
});

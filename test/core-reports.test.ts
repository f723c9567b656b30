import { describe, expect, it } from "vitest";
import { ParticipationDimension } from "../src/core/analytics/dimensions";
import { LimitError } from "../src/core/errors";
import { ANONYMOUS, type Caller } from "../src/core/policy";
import * as reports from "../src/core/reports";
import { createScope } from "../src/core/scope";
import { columnTree, type ColumnTree } from "../src/export/columns";
import { reportColumns, runReport } from "../src/export/report-export";
import { parseReportParams } from "../src/export/report-params";
import { findReport } from "../src/export/report-specs";
import { buildPeaceopsSchema } from "../src/graphql/build-schema";
import { assertExportLimits } from "../src/server/export-limits";
import { assertOperationLimits } from "../src/server/operation-limits";
import { parse } from "graphql";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

const ANALYST: Caller = { kind: "key", name: "test analyst", roles: new Set(["ANALYST"]) };

/** The GraphQL selection of a column tree, written out independently of the export code. */
const selection = (tree: ColumnTree): string => [...tree].map(([f, sub]) => (sub.size ? `${f} { ${selection(sub)} }` : f)).join(" ");

const PARTICIPATION_FIELDS = "officers known undisclosed female male anotherGender rate interval { low high } personDays femalePersonDays femalePersonDayShare suppressed provenance { data sources asOf }";

// The exports below, each as the URL parameters a reporting tool would send.
const EXPORTS: [string, Record<string, string>][] = [
  ["femaleParticipation", { groupBy: "YEAR,MISSION,COUNTRY,ORGANIZATION,ROLE,ROLE_CATEGORY,TEAM,POLICE_SERVICE,SENIOR", minCellSize: "0" }],
  ["femaleParticipation", { table: "total", from: "2010-01-01", to: "2013-12-31" }],
  ["headcountSeries", { from: "2010-01-01", to: "2017-12-31", interval: "YEAR", groupBy: "MISSION,TEAM", minCellSize: "0" }],
  ["trainingsDelivered", { groupBy: "YEAR,TOPIC,THEME,COUNTRY,MISSION" }],
  ["countryCoverage", { minCellSize: "0" }],
  ["countryCoverage", { table: "byYear", from: "2010-01-01", to: "2017-12-31" }],
  ["unContributionShare", { groupBy: "MONTH,YEAR,MISSION,CONTRIBUTOR,PERSONNEL_TYPE" }],
  ["targetProgress", {}],
  ["reconciliation", { from: "2010-01-01", to: "2012-12-31", mission: "MINUSTAH" }],
  // 2016-08 and 2016-09 reported by mission; 2018-05 by country only: a country-total row without a mission.
  ["reconciliation", { from: "2016-07-01", to: "2018-06-30" }],
];

describe.each(databaseTargets())("the core's reports on the $name database", (target) => {
  const fx = useFixtureApp(target);

  it("computes femaleParticipation by YEAR with a scope, no server involved, as the API answers it", async () => {
    const scope = createScope(fx.database.db, "test", ANALYST);
    const core = await reports.femaleParticipation(scope, { groupBy: [ParticipationDimension.YEAR], minCellSize: 0 });
    // By hand from the fixture (test/support/fixture.ts): the calendar years each deployment
    // overlaps; P-005's deployment is ongoing, so it runs to this year.
    const thisYear = new Date().getUTCFullYear();
    const ongoing = Array.from({ length: thisYear - 2022 + 1 }, (_, i) => [2022 + i, 1]);
    expect(core.rows.map((r) => [r.key.year, r.officers])).toEqual([[2010, 2], [2011, 1], [2012, 1], [2013, 1], [2016, 1], [2017, 2], ...ongoing]);
    // 2010: P-001 (female) and P-002 (male); 2017: P-001 and P-004, both female; 2012: P-003, undisclosed.
    const year = (y: number) => core.rows.find((r) => r.key.year === y)!;
    expect([year(2010).female, year(2010).male, year(2010).rate]).toEqual([1, 1, 0.5]);
    expect([year(2017).female, year(2017).known, year(2017).rate]).toEqual([2, 2, 1]);
    expect([year(2012).known, year(2012).undisclosed, year(2012).rate]).toEqual([0, 1, null]);
    expect([core.total.officers, core.total.known, core.total.female]).toEqual([5, 4, 2]);
    // Every register row of the fixture is `synthetic demo`; the period runs to today.
    expect(core.provenance).toEqual({ data: "SYNTHETIC", sources: ["synthetic demo"], asOf: new Date().toISOString().slice(0, 10) });

    const api = await fx.app.gql(
      `{ femaleParticipation(groupBy: [YEAR], minCellSize: 0) { total { ${PARTICIPATION_FIELDS} } rows { key { year } ${PARTICIPATION_FIELDS} } } }`,
      undefined,
      { token: fx.tokens.ANALYST },
    );
    expect(api.errors).toBeUndefined();
    const { key: _none, ...total } = core.total;
    const rows = core.rows.map(({ key, ...figures }) => ({ key: { year: key.year }, ...figures }));
    expect(api.data.femaleParticipation).toEqual({ total, rows });
  });

  it("applies the caller's policy itself: an anonymous scope gets the suppressed figures and may not lower the cell size", async () => {
    const anonymous = createScope(fx.database.db, "test", ANONYMOUS);
    const core = await reports.femaleParticipation(anonymous, { groupBy: [ParticipationDimension.YEAR] });
    expect(core.rows.every((r) => r.suppressed && r.female === null)).toBe(true);
    await expect(reports.femaleParticipation(anonymous, { minCellSize: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reports.femaleParticipation(anonymous, { groupBy: [ParticipationDimension.YEAR, ParticipationDimension.YEAR] })).rejects.toMatchObject({
      code: "BAD_USER_INPUT", field: "groupBy", message: "groupBy names YEAR twice",
    });
    await expect(reports.reconciliation(anonymous, { from: "2010-01-01", to: "2010-12-31", mission: "NOPE" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "mission" });
  });

  it.each(EXPORTS)("exports %s %j from the core with the rows GraphQL gives for the same fields", async (name, params) => {
    const request = parseReportParams(findReport(name)!, { ...params });
    const scope = createScope(fx.database.db, "test", ANALYST);
    const exported = await runReport(request, scope);
    expect(exported.rows.length).toBeGreaterThan(0);

    const args = Object.entries(request.variables).map(([n, v]) => `${n}: ${literal(v, n)}`).join(", ");
    const fields = selection(columnTree(reportColumns(request)));
    const body = request.table.field ? `{ ${request.table.field} { ${fields} } }` : `{ ${fields} }`;
    const api = await fx.app.gql(`{ ${name}${args ? `(${args})` : ""} ${body} }`, undefined, { token: fx.tokens.ANALYST });
    expect(api.errors).toBeUndefined();
    const result = api.data[name];
    const picked = request.table.field ? result[request.table.field] : result;
    // Same rows, same fields, in the same order (JSON text compares the key order too).
    expect(JSON.stringify(exported.rows)).toBe(JSON.stringify(request.table.single ? [picked] : picked));
  });

  it.each(EXPORTS)("holds the export of %s %j to the cost the GraphQL cost walk counts for it", (name, params) => {
    const request = parseReportParams(findReport(name)!, { ...params });
    const fields = selection(columnTree(reportColumns(request)));
    const body = request.table.field ? `{ ${request.table.field} { ${fields} } }` : `{ ${fields} }`;
    const declared = Object.keys(request.variables).map((n) => `$${n}: ${request.variableTypes[n]}`).join(", ");
    const passed = Object.keys(request.variables).map((n) => `${n}: $${n}`).join(", ");
    const document = parse(`query${declared ? `(${declared})` : ""} { ${name}${passed ? `(${passed})` : ""} ${body} }`);
    const limits = { maxCost: 1, maxReports: 10, anonymousMaxYears: 0 };
    const messageOf = (check: () => void) => {
      try {
        check();
      } catch (err) {
        expect(err).toBeInstanceOf(LimitError);
        return (err as Error).message;
      }
      throw new Error("expected the cost limit");
    };
    const walked = messageOf(() => assertOperationLimits({ schema: buildPeaceopsSchema(), document, variables: request.variables, caller: ANALYST }, limits));
    expect(walked).toMatch(/^Query cost \d+ exceeds the cost limit of 1/);
    expect(messageOf(() => assertExportLimits(request, ANALYST, limits))).toBe(walked);
  });
});

/** A GraphQL literal of an already-typed argument value: enums bare (groupBy, interval), the rest as JSON. */
function literal(value: unknown, name: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, name)).join(", ")}]`;
  if (typeof value === "string" && (name === "groupBy" || name === "interval")) return value;
  if (value !== null && typeof value === "object") return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, k)}`).join(", ")} }`;
  return JSON.stringify(value);
}

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PeaceopsClient } from "../src/core/db/client";
import { LimitError } from "../src/core/errors";
import { ANONYMOUS, type Caller } from "../src/core/policy";
import type { ReportField } from "../src/server/cost-estimators";
import { DEFAULT_LIMITS } from "../src/server/limits";
import { assertAnonymousPeriods } from "../src/server/report-limits";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";
import { startTestApp, type TestApp } from "./support/http";

/*
 * On the fixture register (test/support/fixture.ts) the reconciliation keeps one UN-led mission,
 * MINUSTAH (register 2010-2012, UN data 2016): UNMIK's only deployment starts in 2022 and UNISFA
 * has none, so a reconciliation ending before 2022 has one row per month end.
 */

/** 30 aliases of a reconciliation; the bomb of the issue asked from 1200-01-01, outside the accepted dates. */
const bomb = (selection: string, from = "1900-01-01", to = "2100-12-31") =>
  `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: reconciliation(from: "${from}", to: "${to}") { ${selection} }`).join(" ")} }`;
const BEFORE_RANGE = (date: string) => `Date "${date}" is before 1900-01-01; accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD`;

const reports = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: trainingsDelivered { total { deliveries } }`).join(" ")} }`;

const TOO_MANY = (n: number, max: number, first = "trainingsDelivered") =>
  `The query asks for ${n} reports (analytics fields such as ${first}, aliases included), more than the report limit of ${max} per request: send at most ${max} in one request`;

const REPORT_ADVICE = "a report costs more the longer its period, the finer its interval and the more its groupBy dimensions, so narrow from/to, use a coarser interval or fewer dimensions, or send fewer reports";

const period = (label: string, from: string, to: string, last: string, years = 50) =>
  `${label}: callers without an API key may ask a report for at most ${years} years (the anonymous period limit), got from ${from} to ${to}; ` +
  `ask for to ${last} at the latest, or send an API key (Authorization: Bearer <token>), which lifts this limit`;

describe("the anonymous period limit", () => {
  const report = (args: ReportField["args"], responseKey = "reconciliation"): ReportField => ({ name: "reconciliation", responseKey, args, cost: 0 });
  const check = (args: ReportField["args"], caller: Caller = ANONYMOUS) => () => assertAnonymousPeriods([report(args)], caller, 50, "2026-03-15");

  it("admits at most 50 years without a key, and any period with one", () => {
    expect(check({ from: "1966-01-01", to: "2015-12-31" })).not.toThrow();
    expect(check({ from: "1966-01-01", to: "2016-01-01" })).toThrow(LimitError);
    expect(check({ from: "1966-01-01", to: "2016-01-01" })).toThrow(
      "reconciliation: callers without an API key may ask a report for at most 50 years (the anonymous period limit), got from 1966-01-01 to 2016-01-01; " +
        "ask for to 2015-12-31 at the latest, or send an API key (Authorization: Bearer <token>), which lifts this limit",
    );
    const analyst: Caller = { kind: "key", name: "a", roles: new Set(["ANALYST"]) };
    expect(check({ from: "1200-01-01", to: "2033-04-30" }, analyst)).not.toThrow();
    expect(() => assertAnonymousPeriods([report({ from: "1200-01-01", to: "2033-04-30" })], ANONYMOUS, 0, "2026-03-15")).not.toThrow();
  });

  it("counts a report without from from today, and without to up to today", () => {
    expect(check({})).not.toThrow();
    expect(check({ to: "2023-12-31" })).not.toThrow();
    expect(check({ to: "2076-03-14" })).not.toThrow();
    expect(check({ to: "2076-03-15" })).toThrow("got to 2076-03-15 without from, which counts from today (2026-03-15); ask for to 2076-03-14 at the latest");
    // to defaults to today: 1976-03-16..2026-03-15 is 50 years to the day.
    expect(check({ from: "1976-03-16" })).not.toThrow();
    expect(check({ from: "1976-03-15" })).toThrow("got from 1976-03-15 to 2026-03-15;");
    // 29 February plus 50 years is 1 March in a common year: the last day admitted is 28 February.
    expect(check({ from: "2000-02-29", to: "2050-03-01" })).toThrow("ask for to 2050-02-28 at the latest");
  });

  it("names the alias, and the problem of an unusable key", () => {
    const invalid: Caller = { kind: "invalid", name: null, roles: new Set(), problem: "The API key has been revoked." };
    expect(() => assertAnonymousPeriods([report({ from: "1900-01-01", to: "2000-01-01" }, "old")], invalid, 50, "2026-03-15")).toThrow(
      "old (reconciliation): callers without an API key (the API key sent is not usable: The API key has been revoked.) may ask a report for at most 50 years",
    );
  });
});

describe.each(databaseTargets())("report limits on the $name database", (target) => {
  const fx = useFixtureApp(target);
  const analyst = () => ({ token: fx.tokens.ANALYST });

  const post = async (query: string, token: string | null = null) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(fx.app.url, { method: "POST", headers, body: JSON.stringify({ query }) });
    return { status: res.status, body: (await res.json()) as any };
  };

  const exportOf = async (path: string, token: string | null = null) => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, text: await res.text() };
  };

  it("refuses the alias bomb before any SQL runs, with or without a key", async () => {
    const spy = vi.spyOn(fx.database.db, "query");
    try {
      for (const token of [null, fx.tokens.ANALYST]) {
        const started = Date.now();
        // As sent in the attack: the report limit is named first, then each date out of range.
        const res = await post(bomb("date mission { code } registerHeadcount unReported difference", "1200-01-01", "2033-04-30"), token);
        // The same request ran for minutes before the limit.
        expect(Date.now() - started).toBeLessThan(5000);
        expect(res.status).toBe(400);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors[0]).toEqual({ message: TOO_MANY(30, 10, "reconciliation"), extensions: { code: "QUERY_TOO_COMPLEX" } });
        expect(res.body.errors.slice(1).map((e: any) => [e.extensions.code, e.message])).toEqual(
          Array.from({ length: 30 }, () => ["GRAPHQL_VALIDATION_FAILED", BEFORE_RANGE("1200-01-01")]),
        );
        // Within the accepted dates, the report limit alone.
        const inRange = await post(bomb("date mission { code } registerHeadcount unReported difference"), token);
        expect(inRange.status).toBe(400);
        expect(inRange.body.errors).toEqual([{ message: TOO_MANY(30, 10, "reconciliation"), extensions: { code: "QUERY_TOO_COMPLEX" } }]);
      }
      // Nothing but the key's lookup reached the database.
      expect(spy.mock.calls.map((c) => String(c[0])).filter((sql) => !sql.includes("FROM api_key"))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses the bomb by cost too, under a report limit it fits", async () => {
    const lax = await startTestApp(fx.database.db, true, { limits: { ...DEFAULT_LIMITS, maxReports: 30 } });
    try {
      const res = await fetch(lax.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: bomb("date") }) });
      const body = (await res.json()) as any;
      expect(res.status).toBe(400);
      // Each alias: 100 + 2,412 month ends (1900-01 to 2100-12) x 10 UN-led missions x 1 (date) = 24,220.
      expect(body.errors).toEqual([
        { message: `Query cost 726600 exceeds the cost limit of 20000: its reports cost 726600, and ${REPORT_ADVICE}`, extensions: { code: "QUERY_TOO_COMPLEX" } },
      ]);
      expect(body.extensions.sql).toEqual({ statements: 0, ms: 0 });
    } finally {
      await lax.stop();
    }
  });

  it("does not let fragments spread into fragments hide a report from the limits", async () => {
    // F1 spreads F2 ten times, and so on: 10,000 copies of the reconciliation for the cost walk, one for execution.
    const spreads = (n: number) => Array.from({ length: 10 }, () => `...F${n}`).join(" ");
    const chain = [1, 2, 3, 4].map((n) => `fragment F${n} on Query { ${spreads(n + 1)} }`).join(" ");
    const res = await post(`{ ...F1 } ${chain} fragment F5 on Query { reconciliation(from: "1900-01-01", to: "2033-04-30") { date } }`, fx.tokens.ANALYST);
    expect(res.status).toBe(400);
    // The report limit counts every spread: 10 x 10 x 10 x 10 copies.
    expect(res.body.errors).toEqual([{ message: TOO_MANY(10_000, 10, "reconciliation"), extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    // Under a report limit it fits, the cost walk refuses it, not skips it: before, the walk's error
    // let the operation run unchecked.
    const lax = await startTestApp(fx.database.db, true, { limits: { ...DEFAULT_LIMITS, maxReports: 10_000 } });
    try {
      const again = await lax.gql(`{ ...F1 } ${chain} fragment F5 on Query { reconciliation(from: "1900-01-01", to: "2033-04-30") { date } }`, undefined, { token: fx.tokens.ANALYST });
      expect(again.errors).toEqual([
        { message: "The query has more than 10000 fields once its fragments are expanded (the cost walk's limit): spread fewer fragments", extensions: { code: "QUERY_TOO_COMPLEX" } },
      ]);
      expect(again.extensions?.sql).toEqual({ statements: 0, ms: 0 });
    } finally {
      await lax.stop();
    }
  });

  it("admits 10 reports in a request and refuses 11, aliases and fragments counted", async () => {
    const ten = await fx.app.gql(reports(10));
    expect(ten.errors).toBeUndefined();
    // The fixture's two deliveries (2011 and 2017).
    expect(ten.data.t9).toEqual({ total: { deliveries: 2 } });
    const eleven = await post(reports(11));
    expect(eleven.status).toBe(400);
    expect(eleven.body.errors).toEqual([{ message: TOO_MANY(11, 10), extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    // Ten aliases in a fragment, and one more beside it.
    const fragment = await post(`{ ...T trainingsDelivered { rows { deliveries } } } fragment T on Query ${reports(10)}`, fx.tokens.ANALYST);
    expect(fragment.body.errors[0].message).toBe(TOO_MANY(11, 10));
  });

  it("costs a report by its period, interval and groupBy", async () => {
    // 100 + 2,412 month ends x 10 missions x 1 (date).
    const long = await post(`{ reconciliation(from: "1900-01-01", to: "2100-12-31") { date } }`, fx.tokens.ANALYST);
    expect(long.body.errors).toEqual([
      { message: `Query cost 24220 exceeds the cost limit of 20000: its reports cost 24220, and ${REPORT_ADVICE}`, extensions: { code: "QUERY_TOO_COMPLEX" } },
    ]);
    // The selection: date 1, key (1 + mission 2 + role 2) 5, officers 1 = 7. By month, 300 ends x 10 (MISSION)
    // x 10 (ROLE) x 7 + 100 = 210,100; by quarter, 100 ends: 70,100; by year, 25 ends: 17,600.
    const series = (interval: string) => `{ headcountSeries(from: "2000-01-01", to: "2024-12-31", interval: ${interval}, groupBy: [MISSION, ROLE], minCellSize: 0) {
      date key { mission { code } role { code } } officers } }`;
    for (const [interval, total] of [["MONTH", 210_100], ["QUARTER", 70_100]] as const) {
      const res = await post(series(interval), fx.tokens.ANALYST);
      expect(res.body.errors[0].message).toBe(`Query cost ${total} exceeds the cost limit of 20000: its reports cost ${total}, and ${REPORT_ADVICE}`);
    }
    const yearly = await fx.app.gql(series("YEAR"), undefined, analyst());
    expect(yearly.errors).toBeUndefined();
    // At 2010-12-31: deployment 2 (P-002, MENTORING) and deployment 1 (P-001, TRAINING), codes in byte order.
    expect(yearly.data.headcountSeries.slice(0, 2)).toEqual([
      { date: "2010-12-31", key: { mission: { code: "MINUSTAH" }, role: { code: "MENTORING" } }, officers: 1 },
      { date: "2010-12-31", key: { mission: { code: "MINUSTAH" }, role: { code: "TRAINING" } }, officers: 1 },
    ]);
    // Where pages make most of the cost, the advice is theirs: 30,301 for the nested pages (test/limits.test.ts)
    // beside 100 + 12 month ends x 1 mission x 1 (date) for the reconciliation.
    const pages = `missions(first: 100) { edges { node { deployments(first: 100) { edges { node { id } } } } } }`;
    const mixed = await post(`{ ${pages} reconciliation(from: "2016-01-01", to: "2016-12-31", mission: "MINUSTAH") { date } }`);
    expect(mixed.body.errors[0].message).toBe("Query cost 30413 exceeds the cost limit of 20000: a list costs its page size times its selection, so ask for smaller pages or fewer fields");
  });

  it("limits a report's period to 50 years without an API key", async () => {
    // 1966-01..2015-12: 600 month ends, cost 100 + 600 x 10 x 1 = 6,100, within the cost limit.
    const fifty = await fx.app.gql(`{ reconciliation(from: "1966-01-01", to: "2015-12-31") { date } }`);
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.reconciliation).toHaveLength(600);
    const over = await post(`{ old: reconciliation(from: "1966-01-01", to: "2016-01-01") { date } }`);
    expect(over.status).toBe(400);
    expect(over.body.errors).toEqual([{ message: period("old (reconciliation)", "1966-01-01", "2016-01-01", "2015-12-31"), extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    expect(over.body.extensions.sql).toEqual({ statements: 0, ms: 0 });
    // The same with an ANALYST key: 600 month ends (2016-01-01 is no month end).
    const keyed = await fx.app.gql(`{ reconciliation(from: "1966-01-01", to: "2016-01-01") { date } }`, undefined, analyst());
    expect(keyed.errors).toBeUndefined();
    expect(keyed.data.reconciliation).toHaveLength(600);
    // A report whose cost does not grow with its period is held to it all the same.
    const participation = await post(`{ femaleParticipation(from: "1900-01-01", to: "2033-04-30") { total { officers } } }`);
    expect(participation.body.errors[0].message).toBe(period("femaleParticipation", "1900-01-01", "2033-04-30", "1949-12-31"));
    const allTime = await fx.app.gql(`{ femaleParticipation { total { officers } } countryCoverage { countriesCount } }`);
    expect(allTime.errors).toBeUndefined();
    expect(allTime.data).toEqual({ femaleParticipation: { total: { officers: 5 } }, countryCoverage: { countriesCount: 4 } });
  });

  it("holds the HTTP exports to the same limits, before any SQL", async () => {
    // Every statement the server sends, on any connection, but the API key's lookup.
    const spy = vi.spyOn(PeaceopsClient.prototype, "query");
    const statements = () =>
      spy.mock.calls.map((c) => (typeof c[0] === "string" ? c[0] : String((c[0] as { text?: unknown }).text))).filter((sql) => !/FROM api_key WHERE token_hash/.test(sql));
    try {
      // One mission: 100 + 600 month ends x 1 x 12 (the export's selection, below) = 7,300, within the cost limit.
      const over = await exportOf("reconciliation.csv?from=1966-01-01&to=2016-01-01&mission=MINUSTAH");
      expect(over.status).toBe(400);
      expect(JSON.parse(over.text)).toEqual({ errors: [{ message: period("reconciliation", "1966-01-01", "2016-01-01", "2015-12-31"), extensions: { code: "QUERY_TOO_COMPLEX" } }] });
      expect(statements()).toEqual([]);
      // The export's selection: date, level, mission { code }, unCoverage, registerHeadcount, unReported,
      // difference = 8, and provenance { data sources asOf } = 4; 100 + 2,412 x 10 x 12. The key's lookup
      // is the only statement.
      const costly = await exportOf("reconciliation.json?from=1900-01-01&to=2100-12-31", fx.tokens.ANALYST);
      expect(costly.status).toBe(400);
      expect(JSON.parse(costly.text).errors[0].message).toBe(`Query cost 289540 exceeds the cost limit of 20000: its reports cost 289540, and ${REPORT_ADVICE}`);
      expect(statements()).toEqual([]);
      // An admitted export does run its statement, seen by the same spy.
      const fifty = await exportOf("reconciliation.csv?from=1966-01-01&to=2015-12-31&mission=MINUSTAH");
      expect(fifty.status, fifty.text).toBe(200);
      // A header and 600 rows.
      expect(fifty.text.trimEnd().split("\n")).toHaveLength(601);
      expect(statements().filter((sql) => sql.includes("generate_series"))).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
    const keyed = await exportOf("reconciliation.csv?from=1966-01-01&to=2016-01-01&mission=MINUSTAH", fx.tokens.ANALYST);
    expect(keyed.status, keyed.text).toBe(200);
    // The UN rows of the fixture all fall after the period: the provenance names the whole UN table's
    // sources, and asOf is the period's end.
    expect(keyed.text.split("\n")[1]).toBe('1966-01-31,MISSION,MINUSTAH,NO_DATA,0,,,MIXED,"fixture; synthetic demo",2016-01-01');
  });
});

describe("configured report limits", () => {
  const [embedded] = databaseTargets();
  const fx = useFixtureApp(embedded);
  let strict: TestApp;
  let open: TestApp;
  beforeAll(async () => {
    strict = await startTestApp(fx.database.db, false, { limits: { ...DEFAULT_LIMITS, maxReports: 2, anonymousMaxYears: 5 } });
    open = await startTestApp(fx.database.db, false, { limits: { ...DEFAULT_LIMITS, anonymousMaxYears: 0 } });
  });
  afterAll(async () => {
    await strict?.stop();
    await open?.stop();
  });

  it("applies PEACEOPS_MAX_REPORTS and PEACEOPS_ANONYMOUS_MAX_YEARS", async () => {
    expect((await strict.gql(reports(2))).data.t1).toEqual({ total: { deliveries: 2 } });
    expect((await strict.gql(reports(3))).errors?.[0].message).toBe(TOO_MANY(3, 2));
    const ok = await strict.gql(`{ trainingsDelivered(from: "2012-01-01", to: "2016-12-31") { total { deliveries } } }`);
    expect(ok.data.trainingsDelivered.total.deliveries).toBe(0);
    const over = await strict.gql(`{ trainingsDelivered(from: "2012-01-01", to: "2017-01-01") { total { deliveries } } }`);
    expect(over.errors?.[0].message).toBe(period("trainingsDelivered", "2012-01-01", "2017-01-01", "2016-12-31", 5));
    // 0 turns the period limit off: 201 years of trainings, a cost of 100 + 1 + 1.
    const any = await open.gql(`{ trainingsDelivered(from: "1900-01-01", to: "2100-12-31") { total { deliveries } } }`);
    expect(any.data.trainingsDelivered.total.deliveries).toBe(2);
  });
});

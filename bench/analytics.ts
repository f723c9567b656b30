// Analytics at scale: `npm run bench:analytics` (about 10 minutes on 2 cores).
// 1. creates a scratch database `peaceops_bench_<pid>` on the PostgreSQL server of BENCH_DATABASE_URL
//    (an admin URL, default postgres://postgres@127.0.0.1:5432/test), migrates it, seeds the
//    `reference` profile and loads a register of ~1,000,000 deployments (BENCH_DEPLOYMENTS) made by
//    the seeded generator: the demo generator input run with seeds 1989, 1990, ... (~5,000
//    deployments each, dates inside each mission's period), personnel numbers and training titles
//    suffixed `-r<k>` from the second run on; deterministic. Then VACUUM ANALYZE;
// 2. times each analytics query as the API runs it (the core's report, src/core/reports, called with
//    an anonymous caller's scope: its own period, groupBy, cell-size and code checks) against a baseline: the same aggregate
//    written as one hand-optimised SQL statement sent through a plain pg Client, in the same process.
//    Both must return the same figures, or the run fails. One warm-up, then the median of BENCH_RUNS
//    (default 5) runs, fewer once a query has used BENCH_BUDGET_SECONDS (default 25) of timed runs;
//    the SQL statements of our implementation are counted by a scope with a meter;
// 3. prints query, ours ms, raw SQL ms, ratio (ours / raw), statements and runs; drops the database
//    at the end, also on failure or Ctrl-C.
// BENCH_ONLY=participation,headcount times only the cases whose name contains one of the words
// (case-insensitive). BENCH_KEEP_DATABASE=<name> keeps the loaded database under that name and, when
// it already exists, reuses it without loading (drop it by hand when done).
// Server settings are the server's own; e.g. PGOPTIONS='-c jit=off' applies to both sides.
// Nothing here asserts a speed: the figures go to the README.
import "reflect-metadata";
import { monthIndex } from "../src/core/analytics/months";
import assert from "node:assert/strict";
import { parentPort, Worker } from "node:worker_threads";
import { Client } from "pg";
import { ADMIN_URL, admin } from "./admin";
import type { DataSource, EntityManager } from "typeorm";
import { ParticipationDimension } from "../src/core/analytics/dimensions";
import { resolvePeriod } from "../src/core/analytics/period";
import { DEFAULT_MIN_CELL_SIZE } from "../src/core/policy";
import * as reports from "../src/core/reports";
import { createScope, type Scope } from "../src/core/scope";
import { createDataSource } from "../src/core/db/data-source";
import { newSqlCost } from "../src/core/db/sql-trace";
import { insertRows } from "../src/core/db/seed/bulk-insert";
import { DEMO_SEED, demoGeneratorInput } from "../src/core/db/seed/demo-register";
import { seedDatabase } from "../src/core/db/seed";
import { generateRegister, type GeneratorInput, type SyntheticRegister } from "../src/core/db/seed/synthetic";
import { SYNTHETIC_SOURCE } from "../src/core/domain/enums";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_DEPLOYMENTS = Number(process.env.BENCH_DEPLOYMENTS ?? 1_000_000);

// ---------------------------------------------------------------------------------------------
// Scratch database

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

const createDatabase = (name: string) => admin(`CREATE DATABASE ${name}`);
const dropDatabase = (name: string) => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);

// ---------------------------------------------------------------------------------------------
// A register of ~1,000,000 deployments: the demo generator with seeds DEMO_SEED + k

interface Lookups {
  missions: Map<string, number>;
  roles: Map<string, number>;
  services: Map<string, number>;
  topics: Map<string, number>;
  /** `${missionId}\0${name}` -> id; teams are shared by every copy of the register. */
  teams: Map<string, number>;
}

async function codeIds(em: EntityManager, sql: string): Promise<Map<string, number>> {
  return new Map((await em.query(sql)).map((r: { k: string; id: number }) => [r.k, r.id]));
}

async function referenceLookups(em: EntityManager): Promise<Lookups> {
  return {
    missions: await codeIds(em, `SELECT code AS k, id FROM mission`),
    roles: await codeIds(em, `SELECT code AS k, id FROM role`),
    services: await codeIds(em, `SELECT code AS k, id FROM police_service`),
    topics: await codeIds(em, `SELECT code AS k, id FROM training_topic`),
    teams: new Map(),
  };
}

function id(map: Map<string, number>, key: string, what: string): number {
  const found = map.get(key);
  if (found === undefined) throw new Error(`generated register refers to unknown ${what} ${key}`);
  return found;
}

/** Copy k of the register: new personnel numbers and training titles, everything else as generated. */
function registerCopy(input: GeneratorInput, k: number): SyntheticRegister {
  const reg = generateRegister({ ...input, seed: DEMO_SEED + k });
  if (k === 0) return reg;
  const suffix = `-r${k}`;
  return {
    ...reg,
    officers: reg.officers.map((o) => ({ ...o, personnelNumber: o.personnelNumber + suffix })),
    deployments: reg.deployments.map((d) => ({ ...d, personnelNumber: d.personnelNumber + suffix })),
    trainings: reg.trainings.map((t) => ({ ...t, title: `${t.title} ${suffix}` })),
  };
}

/** Inserts the teams this copy names that no earlier copy did. */
async function insertNewTeams(em: EntityManager, reg: SyntheticRegister, ids: Lookups): Promise<void> {
  const fresh = reg.teams.filter((t) => !ids.teams.has(`${id(ids.missions, t.missionCode, "mission")}\u0000${t.name}`));
  if (!fresh.length) return;
  const rows = await insertRows(em, "specialized_team",
    ["mission_id", "name", "focus", "led_by_canada", "start_date", "end_date", "source"],
    fresh.map((t) => [id(ids.missions, t.missionCode, "mission"), t.name, t.focus, t.ledByCanada, t.startDate, t.endDate, SYNTHETIC_SOURCE]),
    "id, mission_id, name");
  for (const r of rows) ids.teams.set(`${r.mission_id}\u0000${r.name}`, r.id);
}

/** Officers, deployments and training deliveries of one copy (requests are not read by analytics). */
async function insertCopy(em: EntityManager, reg: SyntheticRegister, ids: Lookups): Promise<void> {
  await insertNewTeams(em, reg, ids);
  const officers = new Map<string, number>();
  for (const r of await insertRows(em, "officer",
    ["personnel_number", "given_name", "family_name", "gender", "rank", "police_service_id", "source"],
    reg.officers.map((o) => [o.personnelNumber, o.givenName, o.familyName, o.gender, o.rank, id(ids.services, o.policeServiceCode, "police service"), SYNTHETIC_SOURCE]),
    "id, personnel_number")) {
    officers.set(r.personnel_number, r.id);
  }
  await insertRows(em, "deployment",
    ["officer_id", "mission_id", "role_id", "team_id", "start_date", "end_date", "senior", "source"],
    reg.deployments.map((d) => {
      const missionId = id(ids.missions, d.missionCode, "mission");
      const teamId = d.teamName === null ? null : id(ids.teams, `${missionId}\u0000${d.teamName}`, "team");
      return [id(officers, d.personnelNumber, "officer"), missionId, id(ids.roles, d.roleCode, "role"), teamId, d.startDate, d.endDate, d.senior, SYNTHETIC_SOURCE];
    }));
  await insertRows(em, "training_delivery",
    ["mission_id", "country_iso3", "topic_id", "title", "start_date", "end_date", "participants", "female_participants", "instructors_certified", "female_only", "source"],
    reg.trainings.map((t) => [t.missionCode ? id(ids.missions, t.missionCode, "mission") : null, t.countryIso3, id(ids.topics, t.topicCode, "topic"), t.title,
      t.startDate, t.endDate, t.participants, t.femaleParticipants, t.instructorsCertified, t.femaleOnly, SYNTHETIC_SOURCE]));
}

export interface LoadReport {
  copies: number;
  officers: number;
  deployments: number;
  trainings: number;
  ms: number;
}

/** Worker side of `copyGenerator`: answers each copy number with that copy of the register. */
export function serveCopies(): void {
  const input = demoGeneratorInput();
  parentPort!.on("message", (k: number) => parentPort!.postMessage(registerCopy(input, k)));
}

/**
 * Copies are generated in a worker thread, one ahead of the inserts: the generator is CPU-bound and
 * the inserts mostly wait on the server, so the two overlap.
 */
function copyGenerator() {
  const worker = new Worker(`require("@swc-node/register"); require(${JSON.stringify(__filename)}).serveCopies();`, { eval: true });
  // One request at a time: the answer (or a failure) goes to the caller of the latest `next`.
  let waiting: { resolve(reg: SyntheticRegister): void; reject(err: Error): void } | null = null;
  worker.on("message", (reg: SyntheticRegister) => waiting?.resolve(reg));
  worker.on("error", (err) => waiting?.reject(err));
  return {
    next: (k: number) =>
      new Promise<SyntheticRegister>((resolve, reject) => {
        waiting = { resolve, reject };
        worker.postMessage(k);
      }),
    close: () => worker.terminate(),
  };
}

/** Generates and inserts copies until `target` deployments are in; at most two copies in memory. */
export async function loadLargeRegister(db: DataSource, target: number): Promise<LoadReport> {
  const started = performance.now();
  const ids = await referenceLookups(db.manager);
  const report = { copies: 0, officers: 0, deployments: 0, trainings: 0 };
  const generator = copyGenerator();
  let pending = generator.next(0);
  try {
    while (report.deployments < target) {
      const reg = await pending;
      pending = generator.next(report.copies + 1);
      await insertCopy(db.manager, reg, ids);
      report.copies += 1;
      report.officers += reg.officers.length;
      report.deployments += reg.deployments.length;
      report.trainings += reg.trainings.length;
      if (report.copies % 25 === 0) console.log(`  ${report.copies} copies, ${report.deployments} deployments`);
    }
  } finally {
    pending.catch(() => undefined); // the copy generated ahead is not needed
    await generator.close();
  }
  await db.query(`VACUUM ANALYZE`);
  return { ...report, ms: performance.now() - started };
}

/** Migrates, seeds `reference` and loads the large register into the database at `url`. */
export async function prepareDatabase(url: string): Promise<LoadReport> {
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: "all" });
    await seedDatabase(db, "reference");
    return await loadLargeRegister(db, TARGET_DEPLOYMENTS);
  } finally {
    await db.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// The queries: ours (the core's reports, which the resolvers call) and a hand-optimised baseline

/** The same default (DESIGN.md analytics 8), on the baseline side. */
const MIN_CELL_SIZE = DEFAULT_MIN_CELL_SIZE;
/** $1, $2 of the resolver's default period, all time .. today (resolved per call, as the resolver does). */
const allTime = () => {
  const p = resolvePeriod(null, null);
  return [p.from, p.to];
};
const HEADCOUNT = resolvePeriod("2000-01-01", "2025-12-31");
const RECONCILIATION = resolvePeriod("2015-01-01", "2025-07-31");

/** A figure hidden by small-cell suppression (DESIGN.md analytics 8) on the baseline side. */
const shown = (value: number, known: number) => (known < MIN_CELL_SIZE ? null : value);

type Row = Record<string, unknown>;

/** `raw` with every figure that `ours` withholds (null where raw has a number) withheld too. */
function withheldAs(ours: unknown, raw: unknown): unknown {
  if (ours === null && typeof raw === "number") return null;
  if (Array.isArray(ours) && Array.isArray(raw)) return raw.map((x, i) => withheldAs(ours[i], x));
  if (ours && raw && typeof ours === "object" && typeof raw === "object") {
    return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, withheldAs((ours as Record<string, unknown>)[k], v)]));
  }
  return raw;
}

interface Case {
  name: string;
  /** Our implementation: the core's report, with an anonymous caller's scope, as the resolver runs it. */
  ours(scope: Scope): Promise<unknown>;
  /** The baseline: one statement through a plain pg client. */
  raw(client: Client): Promise<unknown>;
  /** Both results reduced to the same comparable figures. */
  compareOurs(result: any): unknown;
  compareRaw(result: any): unknown;
}

/** The register columns every baseline needs: a deployment clipped to [$1, $2] (days s..e). */
const CLIPPED = `GREATEST(d.start_date, $1::date) AS s, LEAST(coalesce(d.end_date, $2::date), $2::date) AS e`;
const OVERLAPS = `d.start_date <= $2::date AND (d.end_date IS NULL OR d.end_date >= $1::date)`;

/** Per-gender officer counts (one row per gender, key columns alongside) pivoted into report figures. */
const PIVOT = `sum(n)::int AS officers,
  coalesce(sum(n) FILTER (WHERE gender = 'FEMALE'), 0)::int AS female,
  coalesce(sum(n) FILTER (WHERE gender = 'MALE'), 0)::int AS male,
  coalesce(sum(n) FILTER (WHERE gender = 'ANOTHER_GENDER'), 0)::int AS "anotherGender",
  coalesce(sum(n) FILTER (WHERE gender = 'UNDISCLOSED'), 0)::int AS undisclosed,
  coalesce(sum(n) FILTER (WHERE gender <> 'UNDISCLOSED'), 0)::int AS known,
  sum(days)::bigint AS "personDays",
  coalesce(sum(days) FILTER (WHERE gender = 'FEMALE'), 0)::bigint AS "femalePersonDays"`;

/** Total row of participation: officers counted once, from one GROUP BY officer (merge join on ids). */
const PARTICIPATION_TOTAL = `
  SELECT ${PIVOT} FROM (
    SELECT d.officer_id, min(o.gender) AS gender, 1 AS n, sum(c.e - c.s + 1) AS days
    FROM deployment d JOIN officer o ON o.id = d.officer_id CROSS JOIN LATERAL (SELECT ${CLIPPED}) c
    WHERE ${OVERLAPS}
    GROUP BY d.officer_id) p`;

function participationFigures(r: any) {
  return {
    officers: r.officers, known: r.known, undisclosed: r.undisclosed, personDays: Number(r.personDays),
    female: shown(r.female, r.known), male: shown(r.male, r.known), anotherGender: shown(r.anotherGender, r.known),
    femalePersonDays: shown(Number(r.femalePersonDays), r.known),
  };
}

const participationKey = (k: any) => ({ year: k.year ?? null, countryIso3: k.countryIso3 ?? null, roleCategory: k.roleCategory ?? null });

function oursParticipation(groupBy: ParticipationDimension[]) {
  return (scope: Scope) => reports.femaleParticipation(scope, { groupBy });
}

const compareParticipation = (report: any) => ({
  total: participationFigures(report.total),
  rows: report.rows.map((r: any) => ({ key: participationKey(r.key), ...participationFigures(r) })),
});

/** Raw participation results: the row flagged `total` and the grouped rows, in order. */
function compareRawParticipation(rows: Row[]) {
  const total = rows.find((r) => r.total);
  return {
    total: participationFigures(total),
    rows: rows.filter((r) => !r.total).map((r) => ({ key: participationKey(r), ...participationFigures(r) })),
  };
}

const participationNone: Case = {
  name: "femaleParticipation",
  ours: oursParticipation([]),
  raw: async (client) => (await client.query(PARTICIPATION_TOTAL, allTime())).rows[0],
  compareOurs: (report) => ({ total: participationFigures(report.total), rows: report.rows.length }),
  compareRaw: (total) => ({ total: participationFigures(total), rows: total.officers > 0 ? 1 : 0 }),
};

// YEAR: distinct officers per (year, gender) and per gender (the total) in one grouping-sets pass.
const PARTICIPATION_BY_YEAR = `
  WITH g AS (
    SELECT y.year, o.gender, count(DISTINCT d.officer_id) AS n,
      sum(LEAST(c.e, make_date(y.year, 12, 31)) - GREATEST(c.s, make_date(y.year, 1, 1)) + 1) AS days
    FROM deployment d JOIN officer o ON o.id = d.officer_id CROSS JOIN LATERAL (SELECT ${CLIPPED}) c
    CROSS JOIN LATERAL generate_series(extract(year FROM c.s)::int, extract(year FROM c.e)::int) AS y(year)
    WHERE ${OVERLAPS}
    GROUP BY GROUPING SETS ((y.year, o.gender), (o.gender)))
  SELECT year, year IS NULL AS total, ${PIVOT} FROM g GROUP BY year ORDER BY year NULLS LAST`;

const participationByYear: Case = {
  name: "femaleParticipation [YEAR]",
  ours: oursParticipation([ParticipationDimension.YEAR]),
  raw: async (client) => (await client.query(PARTICIPATION_BY_YEAR, allTime())).rows,
  compareOurs: compareParticipation,
  compareRaw: compareRawParticipation,
};

// COUNTRY x ROLE_CATEGORY: distinct officers per (host, category, gender); the total over
// deployments (not hosts: a mission with two hosts must not count its days twice).
const PARTICIPATION_BY_COUNTRY_CATEGORY = `
  WITH g AS (
    SELECT h.country_iso3, r.category, o.gender, count(DISTINCT d.officer_id) AS n, sum(c.e - c.s + 1) AS days
    FROM deployment d JOIN officer o ON o.id = d.officer_id JOIN role r ON r.id = d.role_id
    JOIN mission_host_country h ON h.mission_id = d.mission_id CROSS JOIN LATERAL (SELECT ${CLIPPED}) c
    WHERE ${OVERLAPS}
    GROUP BY h.country_iso3, r.category, o.gender)
  SELECT * FROM (
    SELECT country_iso3 AS "countryIso3", category AS "roleCategory", false AS total, ${PIVOT}
    FROM g GROUP BY country_iso3, category
    UNION ALL
    SELECT NULL, NULL, true, * FROM (${PARTICIPATION_TOTAL}) t) u
  ORDER BY total, "countryIso3" COLLATE "C" NULLS LAST, "roleCategory" COLLATE "C" NULLS LAST`;

const participationByCountryCategory: Case = {
  name: "femaleParticipation [COUNTRY, ROLE_CATEGORY]",
  ours: oursParticipation([ParticipationDimension.COUNTRY, ParticipationDimension.ROLE_CATEGORY]),
  raw: async (client) => (await client.query(PARTICIPATION_BY_COUNTRY_CATEGORY, allTime())).rows,
  compareOurs: compareParticipation,
  compareRaw: compareRawParticipation,
};

// Headcount at month ends: merge each officer's deployments into islands of month indexes
// (year * 12 + month - 1, the month ends a deployment covers), then a running sum of +1/-1 events.
const MONTH_INDEX = monthIndex;
const HEADCOUNT_SERIES = `
  WITH spans AS (
    SELECT d.officer_id, o.gender, ${MONTH_INDEX("c.s")} AS m0, ${MONTH_INDEX("c.e + 1")} - 1 AS m1
    FROM deployment d JOIN officer o ON o.id = d.officer_id CROSS JOIN LATERAL (SELECT ${CLIPPED}) c
    WHERE ${OVERLAPS}),
  marked AS (
    SELECT officer_id, gender, m0, m1, CASE WHEN m0 <= max(m1) OVER w THEN 0 ELSE 1 END AS starts
    FROM spans WHERE m0 <= m1
    WINDOW w AS (PARTITION BY officer_id ORDER BY m0, m1 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)),
  islands AS (
    SELECT gender, min(m0) AS a, max(m1) AS b
    FROM (SELECT *, sum(starts) OVER (PARTITION BY officer_id ORDER BY m0, m1 ROWS UNBOUNDED PRECEDING) AS island FROM marked) x
    GROUP BY officer_id, gender, island),
  events AS (
    SELECT m, sum(delta) AS officers, sum(delta) FILTER (WHERE gender <> 'UNDISCLOSED') AS known, sum(delta) FILTER (WHERE gender = 'FEMALE') AS female
    FROM (SELECT a AS m, 1 AS delta, gender FROM islands UNION ALL SELECT b + 1, -1, gender FROM islands) e
    GROUP BY m)
  SELECT (make_date(m / 12, m % 12 + 1, 1) + interval '1 month - 1 day')::date AS date,
    sum(coalesce(officers, 0)) OVER (ORDER BY m)::int AS officers,
    sum(coalesce(known, 0)) OVER (ORDER BY m)::int AS known,
    sum(coalesce(female, 0)) OVER (ORDER BY m)::int AS female
  FROM generate_series(${MONTH_INDEX("$1::date")}, ${MONTH_INDEX("($2::date + 1)")} - 1) AS p(m)
  LEFT JOIN events USING (m)
  ORDER BY m`;

const headcountPoint = (r: any) => ({ date: r.date, officers: r.officers, known: r.known, female: shown(r.female, r.known) });

const headcount: Case = {
  name: "headcountSeries MONTH 2000-2025",
  ours: (scope) => reports.headcountSeries(scope, { from: HEADCOUNT.from, to: HEADCOUNT.to, interval: "MONTH" }),
  raw: async (client) => (await client.query(HEADCOUNT_SERIES, [HEADCOUNT.from, HEADCOUNT.to])).rows,
  compareOurs: (points) => points.map((p: any) => ({ date: p.date, officers: p.officers, known: p.known, female: p.female })),
  compareRaw: (rows) => rows.map(headcountPoint),
};

// Country coverage: the per-host aggregates straight over deployments (no materialised CTE, only the
// tables needed); byYear from the distinct (mission, start year, end year) spans of all deployments
// (a few hundred rows) joined to the years.
const COUNTRY_COVERAGE = `
  WITH missions AS (
    SELECT h.country_iso3, count(*) AS missions FROM mission m JOIN mission_host_country h ON h.mission_id = m.id
    WHERE EXISTS (SELECT 1 FROM deployment d WHERE d.mission_id = m.id AND ${OVERLAPS})
    GROUP BY h.country_iso3),
  countries AS (
    SELECT h.country_iso3 AS "countryIso3", min(ms.missions)::int AS missions, count(DISTINCT d.officer_id)::int AS officers,
      count(*)::int AS deployments, sum(c.e - c.s + 1)::bigint AS "personDays", min(d.start_date) AS "firstDeploymentDate",
      CASE WHEN bool_or(d.end_date IS NULL) THEN NULL ELSE max(d.end_date) END AS "lastDeploymentDate",
      bool_or(d.end_date IS NULL OR d.end_date >= $2::date) AS "activeAtEnd",
      count(DISTINCT d.officer_id) FILTER (WHERE o.gender <> 'UNDISCLOSED')::int AS known,
      count(DISTINCT d.officer_id) FILTER (WHERE o.gender = 'FEMALE')::int AS female
    FROM deployment d JOIN officer o ON o.id = d.officer_id JOIN mission_host_country h ON h.mission_id = d.mission_id
    JOIN missions ms ON ms.country_iso3 = h.country_iso3 CROSS JOIN LATERAL (SELECT ${CLIPPED}) c
    WHERE ${OVERLAPS}
    GROUP BY h.country_iso3),
  spans AS MATERIALIZED (
    SELECT h.country_iso3, s.y0, s.y1
    FROM (SELECT d.mission_id, extract(year FROM d.start_date)::int AS y0, extract(year FROM d.end_date)::int AS y1
          FROM deployment d GROUP BY 1, 2, 3) s
    JOIN mission_host_country h ON h.mission_id = s.mission_id),
  years AS MATERIALIZED (
    SELECT generate_series(coalesce($3::int, (SELECT min(y0) FROM spans)), extract(year FROM $2::date)::int) AS year),
  by_year AS (
    SELECT y.year,
      count(DISTINCT s.country_iso3) FILTER (WHERE s.y1 IS NULL OR s.y1 >= y.year)::int AS countries,
      count(DISTINCT s.country_iso3)::int AS "cumulativeCountries"
    FROM years y LEFT JOIN spans s ON s.y0 <= y.year
    GROUP BY y.year)
  SELECT (SELECT coalesce(json_agg(c ORDER BY "countryIso3" COLLATE "C"), '[]'::json) FROM countries c) AS countries,
         (SELECT coalesce(json_agg(y ORDER BY year), '[]'::json) FROM by_year y) AS "byYear"`;

const coverageCountry = (c: any) => ({
  countryIso3: c.countryIso3, missions: c.missions, officers: c.officers, deployments: c.deployments, personDays: Number(c.personDays),
  firstDeploymentDate: c.firstDeploymentDate, lastDeploymentDate: c.lastDeploymentDate, activeAtEnd: c.activeAtEnd, known: c.known,
});

const coverage: Case = {
  name: "countryCoverage (all time)",
  ours: (scope) => reports.countryCoverage(scope, {}),
  raw: async (client) => (await client.query(COUNTRY_COVERAGE, [...allTime(), null])).rows[0],
  compareOurs: (r) => ({
    countries: r.countries.map((c: any) => ({ ...coverageCountry(c), femaleRate: c.femaleRate })),
    byYear: r.byYear,
  }),
  compareRaw: (r) => ({
    countries: r.countries.map((c: any) => ({ ...coverageCountry(c), femaleRate: c.known < MIN_CELL_SIZE ? null : c.female / c.known })),
    byYear: r.byYear,
  }),
};

// Trainings by theme and the total in one grouping-sets pass.
const TRAININGS_BY_THEME = `
  SELECT tp.theme, GROUPING(tp.theme) = 1 AS total, count(*)::int AS deliveries, coalesce(sum(t.participants), 0)::int AS participants,
    coalesce(sum(t.female_participants), 0)::int AS "femaleParticipants", coalesce(sum(t.instructors_certified), 0)::int AS "instructorsCertified",
    count(DISTINCT t.country_iso3)::int AS countries
  FROM training_delivery t JOIN training_topic tp ON tp.id = t.topic_id
  WHERE t.start_date BETWEEN $1::date AND $2::date
  GROUP BY GROUPING SETS ((tp.theme), ())
  ORDER BY total, tp.theme COLLATE "C" NULLS LAST`;

const trainingFigures = (r: any) => ({
  deliveries: r.deliveries, participants: r.participants, femaleParticipants: r.femaleParticipants,
  instructorsCertified: r.instructorsCertified, countries: r.countries,
});

const trainings: Case = {
  name: "trainingsDelivered [THEME]",
  ours: (scope) => reports.trainingsDelivered(scope, { groupBy: ["THEME"] }),
  raw: async (client) => (await client.query(TRAININGS_BY_THEME, allTime())).rows,
  compareOurs: (r) => ({ total: trainingFigures(r.total), rows: r.rows.map((x: any) => ({ theme: x.key.theme, ...trainingFigures(x) })) }),
  compareRaw: (rows) => ({
    total: trainingFigures(rows.find((x: Row) => x.total) ?? { deliveries: 0, participants: 0, femaleParticipants: 0, instructorsCertified: 0, countries: 0 }),
    rows: rows.filter((x: Row) => !x.total).map((x: Row) => ({ theme: x.theme, ...trainingFigures(x) })),
  }),
};

// UN shares: month-end snapshots per personnel type first (a few hundred rows), then the buckets.
const UN_SHARE_BY_YEAR_TYPE = `
  WITH snap AS (
    SELECT as_of_date, personnel_type, sum(female) AS female, sum(male) AS male, sum(total) AS total
    FROM un_contribution WHERE as_of_date BETWEEN $1::date AND $2::date
    GROUP BY as_of_date, personnel_type)
  SELECT * FROM (
  SELECT extract(year FROM as_of_date)::int AS year, personnel_type AS "personnelType", false AS total_row,
    count(*)::int AS snapshots, sum(female)::int AS female, sum(male)::int AS male, sum(total)::int AS total,
    max(as_of_date) AS "latestDate", (array_agg(total ORDER BY as_of_date DESC))[1]::int AS "latestTotal",
    (array_agg(female ORDER BY as_of_date DESC))[1]::int AS "latestFemale"
  FROM snap GROUP BY 1, 2
  UNION ALL
  SELECT NULL, NULL, true, count(DISTINCT as_of_date)::int, sum(female)::int, sum(male)::int, sum(total)::int, max(as_of_date),
    sum(total) FILTER (WHERE as_of_date = (SELECT max(as_of_date) FROM snap))::int,
    sum(female) FILTER (WHERE as_of_date = (SELECT max(as_of_date) FROM snap))::int
  FROM snap) u
  ORDER BY total_row, year, "personnelType" COLLATE "C"`;

const unFigures = (r: any) => ({
  snapshots: r.snapshots, female: r.female, male: r.male, total: r.total,
  latestDate: r.latestDate, latestTotal: r.latestTotal, latestFemale: r.latestFemale,
});

const unShare: Case = {
  name: "unContributionShare [YEAR, PERSONNEL_TYPE]",
  ours: (scope) => reports.unContributionShare(scope, { groupBy: ["YEAR", "PERSONNEL_TYPE"] }),
  raw: async (client) => (await client.query(UN_SHARE_BY_YEAR_TYPE, allTime())).rows,
  compareOurs: (r) => ({
    total: unFigures(r.total),
    rows: r.rows.map((x: any) => ({ year: x.key.year, personnelType: x.key.personnelType, ...unFigures(x) })),
  }),
  compareRaw: (rows) => ({
    total: unFigures(rows.find((x: Row) => x.total_row)),
    rows: rows.filter((x: Row) => !x.total_row).map((x: Row) => ({ year: x.year, personnelType: x.personnelType, ...unFigures(x) })),
  }),
};

// Reconciliation: each deployment of a UN-led mission expanded to the month ends it covers
// (integer month indexes), counted per (mission, month); UN counts grouped once; the months the UN
// gave by country only get a country-total row, from a second expansion of the deployments that
// overlap those months, clipped to them.
const POLICE = `('INDIVIDUAL_POLICE', 'FORMED_POLICE_UNIT')`;
const RECONCILIATION_SQL = `
  WITH missions AS (
    SELECT m.id, m.code, m.id IN (SELECT mission_id FROM un_contribution WHERE personnel_type IN ${POLICE} AND mission_id IS NOT NULL) AS listed
    FROM mission m JOIN organization o ON o.id = m.lead_organization_id WHERE o.code = 'UN'),
  months AS (
    SELECT m, (make_date(m / 12, m % 12 + 1, 1) + interval '1 month - 1 day')::date AS date
    FROM generate_series(${MONTH_INDEX("$1::date")}, ${MONTH_INDEX("($2::date + 1)")} - 1) AS g(m)),
  register AS (
    SELECT d.mission_id, x.m, count(DISTINCT d.officer_id)::int AS n
    FROM deployment d CROSS JOIN LATERAL (SELECT ${CLIPPED}) c
    CROSS JOIN LATERAL generate_series(${MONTH_INDEX("c.s")}, ${MONTH_INDEX("c.e + 1")} - 1) AS x(m)
    WHERE d.mission_id IN (SELECT id FROM missions) AND ${OVERLAPS}
    GROUP BY d.mission_id, x.m),
  un AS (
    SELECT as_of_date AS date, mission_id,
      coalesce(sum(total) FILTER (WHERE country_iso3 = 'CAN' AND personnel_type IN ${POLICE}), 0)::int AS n,
      bool_or(personnel_type IN ${POLICE}) AS police
    FROM un_contribution WHERE as_of_date BETWEEN $1::date AND $2::date
    GROUP BY as_of_date, mission_id),
  un_months AS (SELECT date, bool_or(police AND mission_id IS NOT NULL) AS by_mission, sum(n)::int AS n FROM un GROUP BY date),
  grid AS (
    SELECT mo.date, ms.id AS mission_id, ms.code, coalesce(r.n, 0) AS register, coalesce(u.n, 0) AS un,
      CASE WHEN um.date IS NULL THEN 'NO_DATA' WHEN NOT ms.listed THEN 'NOT_REPORTED'
        WHEN NOT um.by_mission THEN 'COUNTRY_TOTAL_ONLY' ELSE 'REPORTED' END AS coverage
    FROM months mo CROSS JOIN missions ms
    LEFT JOIN register r ON r.mission_id = ms.id AND r.m = mo.m
    LEFT JOIN un u ON u.mission_id = ms.id AND u.date = mo.date
    LEFT JOIN un_months um ON um.date = mo.date),
  totals AS (SELECT mo.m, mo.date, um.n FROM months mo JOIN un_months um ON um.date = mo.date WHERE NOT um.by_mission),
  country AS (
    SELECT x.m, count(DISTINCT d.officer_id)::int AS n
    FROM (SELECT min(date) AS f, max(date) AS l FROM totals HAVING count(*) > 0) w
    JOIN deployment d ON d.start_date + 0 <= w.l AND (d.end_date IS NULL OR d.end_date >= w.f)
    CROSS JOIN LATERAL generate_series(${MONTH_INDEX("GREATEST(d.start_date, w.f)")}, ${MONTH_INDEX("(LEAST(coalesce(d.end_date, w.l), w.l) + 1)")} - 1) AS x(m)
    WHERE d.mission_id IN (SELECT id FROM missions WHERE listed) AND x.m IN (SELECT m FROM totals)
    GROUP BY x.m),
  rows AS (
    SELECT date, mission_id, code, 'MISSION' AS level, coverage, register, CASE WHEN coverage = 'REPORTED' THEN un END AS un
    FROM grid
    WHERE mission_id IN (SELECT mission_id FROM grid GROUP BY mission_id HAVING max(register) > 0 OR max(un) FILTER (WHERE coverage = 'REPORTED') > 0)
    UNION ALL
    SELECT t.date, NULL, NULL, 'COUNTRY_TOTAL', 'REPORTED', coalesce(c.n, 0), t.n FROM totals t LEFT JOIN country c ON c.m = t.m)
  SELECT date, mission_id AS "missionId", level, coverage AS "unCoverage", register AS "registerHeadcount", un AS "unReported", register - un AS difference
  FROM rows
  ORDER BY date, mission_id IS NULL, code COLLATE "C"`;

const reconciliationCase: Case = {
  name: "reconciliation 2015-01..2025-07",
  ours: (scope) => reports.reconciliation(scope, { from: RECONCILIATION.from, to: RECONCILIATION.to }),
  raw: async (client) => (await client.query(RECONCILIATION_SQL, [RECONCILIATION.from, RECONCILIATION.to])).rows,
  compareOurs: (rows) => rows,
  compareRaw: (rows) => rows,
};

// Target progress in one statement: the targets, the UN shares of their years and the register's
// female / known of each year (all deployments, and senior ones only), suppressed below the cell size.
const TARGET_PROGRESS = `
  WITH targets AS (
    SELECT t.id, t.year, t.value::float8 AS value, i.code FROM wps_target t JOIN wps_indicator i ON i.id = t.indicator_id),
  how (code, kind, personnel_type, senior) AS (VALUES
    ('NAP_WOMEN_DEPLOYED_POLICE', 'register', NULL, false), ('NAP_WOMEN_SENIOR_POLICE', 'register', NULL, true),
    ('GPS_IPO_WOMEN', 'un', 'INDIVIDUAL_POLICE', NULL), ('GPS_FPU_WOMEN', 'un', 'FORMED_POLICE_UNIT', NULL),
    ('GPS_TROOPS_WOMEN', 'un', 'TROOPS', NULL), ('GPS_SO_WOMEN', 'un', 'STAFF_OFFICER', NULL)),
  un AS MATERIALIZED (
    SELECT extract(year FROM u.as_of_date)::int AS year, u.personnel_type, sum(u.female)::float8 / nullif(sum(u.total), 0) AS rate
    FROM un_contribution u
    WHERE extract(year FROM u.as_of_date)::int IN (SELECT t.year FROM targets t JOIN how USING (code) WHERE how.kind = 'un')
    GROUP BY 1, 2),
  span AS (
    SELECT make_date(min(t.year), 1, 1) AS f, make_date(max(t.year), 12, 31) AS l
    FROM targets t JOIN how USING (code) WHERE how.kind = 'register'),
  register AS MATERIALIZED (
    SELECT y.year, d.senior, count(DISTINCT d.officer_id) FILTER (WHERE o.gender <> 'UNDISCLOSED') AS known,
      count(DISTINCT d.officer_id) FILTER (WHERE o.gender = 'FEMALE') AS female
    FROM span, deployment d JOIN officer o ON o.id = d.officer_id
    CROSS JOIN LATERAL generate_series(extract(year FROM GREATEST(d.start_date, span.f))::int,
                                       extract(year FROM LEAST(coalesce(d.end_date, span.l), span.l))::int) AS y(year)
    WHERE d.start_date <= span.l AND (d.end_date IS NULL OR d.end_date >= span.f)
    GROUP BY GROUPING SETS ((y.year), (y.year, d.senior))),
  rates AS (
    SELECT year, senior, CASE WHEN known < $1 OR known = 0 THEN NULL ELSE female::float8 / known END AS rate
    FROM register WHERE senior IS NOT FALSE),
  actual AS (
    SELECT t.id, t.code, t.year, t.value,
      CASE how.kind WHEN 'un' THEN (SELECT rate FROM un WHERE un.year = t.year AND un.personnel_type = how.personnel_type)
        ELSE (SELECT rate FROM rates r WHERE r.year = t.year AND (r.senior IS NOT NULL) = how.senior) END AS actual
    FROM targets t LEFT JOIN how USING (code))
  SELECT id AS "targetId", actual, actual - value AS gap, actual >= value AS met
  FROM actual ORDER BY code COLLATE "C", year`;

const targets: Case = {
  name: "targetProgress",
  ours: (scope) => reports.targetProgress(scope, {}),
  raw: async (client) => (await client.query(TARGET_PROGRESS, [MIN_CELL_SIZE])).rows,
  // The baseline computes the same-year figures only; ours also the latest value, its trend and
  // what is needed (docs/definitions.md 12), which are timed but not compared here.
  compareOurs: (rows) => rows.map(({ targetId, actual, gap, met }: Row) => roundFloats({ targetId, actual, gap, met })),
  compareRaw: (rows) => rows.map(roundFloats),
};

/** Rates and gaps compared to 12 decimals (PostgreSQL and JavaScript divide the same doubles). */
function roundFloats(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(12)) : v]));
}

export const CASES: Case[] = [
  participationNone, participationByYear, participationByCountryCategory, headcount, coverage, trainings, unShare, reconciliationCase, targets,
];

// ---------------------------------------------------------------------------------------------
// Timing

/** Stop timing a side of a query after this many seconds of timed runs (at least one run). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_SECONDS ?? 25) * 1000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function elapsed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export interface Measurement {
  name: string;
  oursMs: number;
  rawMs: number;
  statements: number;
  runs: number;
}

/** A result without its `provenance` fields, at any depth. */
function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "provenance").map(([k, v]) => [k, withoutProvenance(v)]));
  return value;
}

/** Warm-up (traced, and checked: both sides must give the same figures), then alternating timed runs. */
export async function measure(c: Case, db: DataSource, client: Client): Promise<Measurement> {
  const cost = newSqlCost();
  const ours = await c.ours(createScope(db, "bench", undefined, { cost }));
  const scope = createScope(db, "bench");
  const raw = await c.raw(client);
  try {
    // Figures disclosure control withholds (null in ours, beyond the baseline's small cells) are not compared.
    // Our reports carry their provenance (docs/definitions.md 14): timed, not compared (the baseline has none).
    const mine = c.compareOurs(withoutProvenance(ours));
    assert.deepStrictEqual(mine, withheldAs(mine, c.compareRaw(raw)));
  } catch (err) {
    throw new Error(`${c.name}: our implementation and the baseline disagree\n${(err as Error).message}`);
  }
  const times = { ours: [] as number[], raw: [] as number[] };
  const spent = () => Math.max(times.ours.reduce((a, b) => a + b, 0), times.raw.reduce((a, b) => a + b, 0));
  while (times.ours.length < RUNS && (times.ours.length === 0 || spent() < BUDGET_MS)) {
    times.ours.push(await elapsed(() => c.ours(scope)));
    times.raw.push(await elapsed(() => c.raw(client)));
  }
  return { name: c.name, oursMs: median(times.ours), rawMs: median(times.raw), statements: cost.statements, runs: times.ours.length };
}

function printTable(rows: Measurement[]): void {
  const header = ["query", "ours ms", "raw SQL ms", "ratio", "statements", "runs"];
  const cells = rows.map((m) => [m.name, m.oursMs.toFixed(0), m.rawMs.toFixed(0), (m.oursMs / m.rawMs).toFixed(2), String(m.statements), String(m.runs)]);
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((v, i) => (i === 0 ? v.padEnd(width[i]) : v.padStart(width[i]))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${width.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of cells) console.log(line(r));
}

/** Times every case on the loaded database at `url`. */
export async function runCases(url: string, cases = CASES): Promise<Measurement[]> {
  const db = createDataSource({ url });
  await db.initialize();
  // The same session settings as the application's pool (JIT off), so only the SQL differs.
  const client = new Client({ connectionString: url, options: "-c jit=off" });
  await client.connect();
  try {
    const out: Measurement[] = [];
    for (const c of cases) {
      const m = await measure(c, db, client);
      console.log(`  ${m.name}: ours ${m.oursMs.toFixed(0)} ms, raw ${m.rawMs.toFixed(0)} ms (${m.runs} runs)`);
      out.push(m);
    }
    return out;
  } finally {
    await client.end();
    await db.destroy();
  }
}

// ---------------------------------------------------------------------------------------------

/** The cases BENCH_ONLY selects (all without it). */
function selectedCases(): Case[] {
  const words = (process.env.BENCH_ONLY ?? "").split(",").map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (!words.length) return CASES;
  const chosen = CASES.filter((c) => words.some((w) => c.name.toLowerCase().includes(w)));
  if (!chosen.length) throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY} matches no case`);
  return chosen;
}

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * Runs `run` on the large register: a scratch database loaded for the run and dropped after it, or,
 * with BENCH_KEEP_DATABASE=<name>, that database, loaded once and reused (with new migrations applied).
 */
export async function withLargeDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const kept = process.env.BENCH_KEEP_DATABASE;
  if (kept !== undefined && !/^[a-z_][a-z0-9_]*$/.test(kept)) throw new Error(`BENCH_KEEP_DATABASE must be a plain lower-case name, got ${kept}`);
  const name = kept ?? `peaceops_bench_${process.pid}`;
  const drop = () => (kept ? Promise.resolve() : dropDatabase(name).catch((err) => console.error(`could not drop ${name}: ${err.message}`)));
  process.once("SIGINT", () => void drop().then(() => process.exit(130)));
  const reuse = kept !== undefined && (await databaseExists(name));
  if (!reuse) await createDatabase(name);
  try {
    if (reuse) {
      // Reused as loaded, with the migrations added since (a new index, say) applied.
      const db = createDataSource({ url: databaseUrl(name), poolSize: 1 });
      await db.initialize();
      try {
        const applied = await db.runMigrations({ transaction: "all" });
        console.log(`reusing database ${name} as loaded${applied.length ? `; applied ${applied.map((m) => m.name).join(", ")}` : ""}`);
      } finally {
        await db.destroy();
      }
    } else {
      console.log(`scratch database ${name}; loading ~${TARGET_DEPLOYMENTS} deployments`);
      // A half-loaded kept database would be reused as if complete: drop it on failure.
      const load = await prepareDatabase(databaseUrl(name)).catch(async (err) => {
        if (kept) await dropDatabase(name);
        throw err;
      });
      console.log(`loaded ${load.deployments} deployments, ${load.officers} officers, ${load.trainings} training deliveries ` +
        `(${load.copies} generator runs) in ${(load.ms / 1000).toFixed(1)} s, including VACUUM ANALYZE`);
    }
    return await run(databaseUrl(name));
  } finally {
    await drop();
  }
}

async function main(): Promise<void> {
  const cases = selectedCases();
  await withLargeDatabase(async (url) => {
    console.log(`timing: warm-up, then the median of up to ${RUNS} runs (at most ~${BUDGET_MS / 1000} s of runs per query)`);
    const results = await runCases(url, cases);
    console.log();
    printTable(results);
  });
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

import { SqlParams, type Queryable } from "../repositories/sql";
import { contributionRows, type ContributionFilterValues } from "./contributions";
import type { ParticipationFilterValues } from "./participation-filter";
import type { Period } from "./period";
import { registerBase } from "./register-base";
import { trainingRows, type TrainingFilterValues } from "./trainings";

/**
 * Where a figure's numbers come from (docs/definitions.md 14): whether the rows it read are real,
 * synthetic or both, their sources (register rows' `source`, the UN reports' files), and the last
 * date the figure describes.
 */
export type DataKind = "REAL" | "SYNTHETIC" | "MIXED";

export interface ProvenanceValues {
  data: DataKind;
  /** Distinct sources of the rows read, sorted byte by byte. */
  sources: string[];
  /** The last date the figure describes: the period's end for the register, the latest UN month end read. */
  asOf: string | null;
}

/** A source is synthetic when it says so first (`synthetic demo`, `synthetic benchmark`). */
export const isSyntheticSource = (source: string) => /^\s*synthetic\b/i.test(source);

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function provenanceOf(sources: Iterable<string>, asOf: string | null): ProvenanceValues {
  const list = [...new Set(sources)].sort(byteOrder);
  const synthetic = list.filter(isSyntheticSource).length;
  const data: DataKind = synthetic === 0 ? "REAL" : synthetic === list.length ? "SYNTHETIC" : "MIXED";
  return { data, sources: list, asOf };
}

/** The provenance of a figure made of several (the register against the UN): their sources together. */
export function combined(parts: readonly ProvenanceValues[], asOf: string | null): ProvenanceValues {
  return provenanceOf(parts.flatMap((p) => p.sources), asOf);
}

type Rows = { sources: string[] | null; as_of: string | null }[];

/**
 * The sources of the rows a query reads; when it reads none (a period before any record), those of
 * the whole table: a zero from the demo register is still a synthetic figure.
 */
async function sourcesOf(db: Queryable, sql: string, values: unknown[], whole: string): Promise<{ sources: string[]; asOf: string | null }> {
  const [row] = (await db.query(
    `WITH used AS (${sql}) SELECT coalesce((SELECT array_agg(DISTINCT source) FROM used), (SELECT array_agg(DISTINCT source) FROM (${whole}) w)) AS sources,
       (SELECT max(as_of) FROM used) AS as_of`,
    values,
  )) as Rows;
  return { sources: row?.sources ?? [], asOf: row?.as_of ?? null };
}

/**
 * The register rows a participation, headcount or coverage report reads: deployments overlapping
 * the period that pass its filter, and their officers. One statement.
 */
export async function registerProvenance(
  db: Queryable,
  q: { period: Period; filter?: ParticipationFilterValues | null; seniorOnly?: boolean | null },
): Promise<ProvenanceValues> {
  const params = new SqlParams();
  const base = registerBase(params, { filter: q.filter, seniorOnly: q.seniorOnly, overlap: q.period, dimensions: [] }, q.period);
  const used = `SELECT s.source, NULL::date AS as_of FROM (${base}) b CROSS JOIN LATERAL (VALUES (b.deployment_source), (b.officer_source)) s(source)`;
  const whole = "SELECT source FROM deployment UNION SELECT source FROM officer";
  const { sources } = await sourcesOf(db, used, params.values, whole);
  return provenanceOf(sources, q.period.to);
}

/** The deliveries a training report reads. */
export async function trainingProvenance(db: Queryable, q: { period: Period; filter?: TrainingFilterValues | null }): Promise<ProvenanceValues> {
  const params = new SqlParams();
  const used = `SELECT t.source, NULL::date AS as_of FROM ${trainingRows(params, q)}`;
  const { sources } = await sourcesOf(db, used, params.values, "SELECT source FROM training_delivery");
  return provenanceOf(sources, q.period.to);
}

/** The UN month-end rows a contribution report reads; asOf is the latest month end among them. */
export async function unProvenance(db: Queryable, q: { period: Period; filter?: ContributionFilterValues | null }): Promise<ProvenanceValues> {
  const params = new SqlParams();
  const used = `SELECT u.source, u.as_of_date::text AS as_of FROM ${contributionRows(params, q)}`;
  const { sources, asOf } = await sourcesOf(db, used, params.values, "SELECT source FROM un_contribution");
  return provenanceOf(sources, asOf);
}

/**
 * Sources as one line for a spreadsheet cell or a page: a run of monthly files
 * (`UN_country_contributions_2015_01.pdf` ... `_2025_06.pdf`) is written as its first and last with
 * the count; other sources as they are, separated by "; ".
 */
export function sourcesLine(sources: readonly string[]): string {
  const runs = new Map<string, string[]>();
  const out: { at: number; text: string }[] = [];
  sources.forEach((s, at) => {
    const m = /^(.*?)(\d{4})([_-])(\d{2})(\D*)$/.exec(s);
    if (!m) return out.push({ at, text: s });
    const key = `${m[1]}\u0000${m[3]}\u0000${m[5]}`;
    if (!runs.has(key)) runs.set(key, []);
    runs.get(key)!.push(s);
  });
  for (const files of runs.values()) {
    const sorted = [...files].sort(byteOrder);
    const at = sources.indexOf(sorted[0]);
    out.push({ at, text: sorted.length < 3 ? sorted.join("; ") : `${sorted[0]} .. ${sorted[sorted.length - 1]} (${sorted.length} monthly files)` });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.text).join("; ");
}

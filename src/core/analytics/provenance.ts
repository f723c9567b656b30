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

/**
 * The distinct values of an indexed text column, stepping through its index (one probe per value,
 * not a scan of the table): a table has few sources.
 */
const distinctValues = (table: string, column: string) => `(WITH RECURSIVE v AS (
    SELECT min(${column}) AS s FROM ${table}
    UNION ALL SELECT (SELECT min(${column}) FROM ${table} WHERE ${column} > v.s) FROM v WHERE v.s IS NOT NULL)
  SELECT s FROM v WHERE s IS NOT NULL)`;

/** One column of sources: every value of the table (`all`), and those a row read has (`used`, one probe each). */
interface SourceColumn {
  table: string;
  column: string;
  /** A row read having the probed source `a.s` (a SELECT the probe ends with LIMIT 1). */
  read: string;
}

/**
 * The sources of the rows a report reads; when it reads none (a period before any record), those
 * of the whole tables: a zero from the demo register is still a synthetic figure. One statement.
 */
async function sourcesOf(db: Queryable, columns: readonly SourceColumn[], values: unknown[], asOf?: string): Promise<{ sources: string[]; asOf: string | null }> {
  const select = columns.flatMap((c, i) => [
    // LIMIT 1 in a LATERAL keeps each probe a probe: an EXISTS would be planned as a join of every row read.
    `ARRAY(SELECT a.s FROM ${distinctValues(c.table, c.column)} a CROSS JOIN LATERAL (${c.read} LIMIT 1) hit) AS used${i}`,
    `ARRAY${distinctValues(c.table, c.column)} AS all${i}`,
  ]);
  if (asOf) select.push(`(${asOf}) AS as_of`);
  const [row] = (await db.query(`SELECT ${select.join(", ")}`, values)) as Record<string, string[]>[];
  const used = columns.flatMap((_, i) => row[`used${i}`] ?? []);
  return { sources: used.length ? used : columns.flatMap((_, i) => row[`all${i}`] ?? []), asOf: (row.as_of as unknown as string | null) ?? null };
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
  const { sources } = await sourcesOf(db, [
    { table: "deployment", column: "source", read: `SELECT 1 FROM (${base}) b WHERE b.deployment_source = a.s` },
    { table: "officer", column: "source", read: `SELECT 1 FROM (${base}) b WHERE b.officer_source = a.s` },
  ], params.values);
  return provenanceOf(sources, q.period.to);
}

/** The deliveries a training report reads (a small table: read in one pass). */
export async function trainingProvenance(db: Queryable, q: { period: Period; filter?: TrainingFilterValues | null }): Promise<ProvenanceValues> {
  const params = new SqlParams();
  const [row] = (await db.query(
    `SELECT coalesce((SELECT array_agg(DISTINCT t.source) FROM ${trainingRows(params, q)}), (SELECT array_agg(DISTINCT source) FROM training_delivery)) AS sources`,
    params.values,
  )) as { sources: string[] | null }[];
  return provenanceOf(row?.sources ?? [], q.period.to);
}

/** The UN month-end rows a contribution report reads; asOf is the latest month end among them. */
export async function unProvenance(db: Queryable, q: { period: Period; filter?: ContributionFilterValues | null }): Promise<ProvenanceValues> {
  const params = new SqlParams();
  const rows = contributionRows(params, q);
  const read = { table: "un_contribution", column: "source", read: `SELECT 1 FROM ${rows} AND u.source = a.s` };
  const { sources, asOf } = await sourcesOf(db, [read], params.values, `SELECT max(u.as_of_date)::text FROM ${rows}`);
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

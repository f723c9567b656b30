import { CONTRIBUTION_DIMENSIONS } from "../core/analytics/contributions";
import type { KeySpec } from "../core/analytics/dimension-keys";
import type { ReportName } from "../core/analytics/report-cost";
import type { Reference } from "../core/loaders/references";
import { PARTICIPATION_DIMENSIONS } from "../core/analytics/dimensions";
import { TRAINING_DIMENSIONS } from "../core/analytics/trainings";
import { column, type Column } from "./columns";

/** One list a report can be exported as; most reports have one, some have a total or a second table. */
export interface ReportTable {
  name: string;
  /** Field of the report's result holding the table; null when the report itself returns the list. */
  field: string | null;
  /** A single object (a total row), not a list. */
  single: boolean;
  /** Key columns that every row has, before the groupBy keys. */
  leading: Column[];
  /** Whether the rows carry a `key` whose fields are the requested groupBy dimensions. */
  grouped: boolean;
  measures: Column[];
  /**
   * Objects of the API's rows that the core's rows hold by id, by their path in a row
   * (`key.mission`, `target.indicator`): which field holds the id, and what it refers to.
   */
  references: Readonly<Record<string, { from: string; refers: Reference }>>;
}

export interface ReportSpec {
  /** The Query field, and the core's report of that name (src/core/reports). */
  name: ReportName;
  /** Key columns of each groupBy dimension, read under the row's `key`. */
  dimensions: Record<string, Column[]>;
  /** The first is the default. */
  tables: ReportTable[];
}

/** The key columns of each groupBy dimension, as the core's dimension registry declares them. */
const keyColumns = (registry: Registry): Record<string, Column[]> =>
  Object.fromEntries(Object.entries(registry).map(([d, spec]) => [d, [column(`key.${spec.column.path}`, spec.column.name)]]));

/** The references of a key object: one per dimension that points at reference data. */
const keyReferences = (registry: Registry): ReportTable["references"] =>
  Object.fromEntries(Object.values(registry).flatMap((spec) => (typeof spec.value === "string" ? [] : [[`key.${spec.field}`, { from: spec.keyField, refers: spec.value.refers }]])));

type Registry = Readonly<Record<string, KeySpec>>;

const PARTICIPATION_KEYS = keyColumns(PARTICIPATION_DIMENSIONS);
const TRAINING_KEYS = keyColumns(TRAINING_DIMENSIONS);
const CONTRIBUTION_KEYS = keyColumns(CONTRIBUTION_DIMENSIONS);

const measures = (...paths: string[]) => paths.map((p) => column(p));

const PARTICIPATION_MEASURES = measures(
  "officers", "known", "undisclosed", "female", "male", "anotherGender", "rate", "interval.low", "interval.high",
  "personDays", "femalePersonDays", "femalePersonDayShare", "suppressed",
);
const TRAINING_MEASURES = measures("deliveries", "participants", "femaleParticipants", "femaleShare", "instructorsCertified", "countries");
const CONTRIBUTION_MEASURES = measures("snapshots", "female", "male", "total", "rate", "meanTotal", "latestDate", "latestTotal", "latestFemale");

/**
 * Every exported row ends with its provenance (docs/definitions.md 14): REAL, SYNTHETIC or MIXED,
 * the sources on one line, and the last date described. A report whose rows do not carry one of
 * their own gives each row the report's.
 */
const PROVENANCE = [column("provenance.data", "provenance"), column("provenance.sources", "provenance_sources"), column("provenance.asOf", "provenance_as_of")];

const table = (name: string, field: string | null, measures: Column[], extra: Partial<ReportTable> = {}): ReportTable => ({
  name, field, measures: [...measures, ...PROVENANCE], single: false, leading: [], grouped: false, references: {}, ...extra,
});

/** The seven analytics reports, as the export writes them. */
export const REPORTS: readonly ReportSpec[] = [
  {
    name: "femaleParticipation",
    dimensions: PARTICIPATION_KEYS,
    tables: [
      table("rows", "rows", PARTICIPATION_MEASURES, { grouped: true, references: keyReferences(PARTICIPATION_DIMENSIONS) }),
      table("total", "total", PARTICIPATION_MEASURES, { single: true }),
    ],
  },
  {
    name: "headcountSeries",
    dimensions: PARTICIPATION_KEYS,
    tables: [table("rows", null, measures("officers", "known", "female", "rate", "suppressed"), {
      grouped: true, leading: [column("date")], references: keyReferences(PARTICIPATION_DIMENSIONS),
    })],
  },
  {
    name: "trainingsDelivered",
    dimensions: TRAINING_KEYS,
    tables: [
      table("rows", "rows", TRAINING_MEASURES, { grouped: true, references: keyReferences(TRAINING_DIMENSIONS) }),
      table("total", "total", TRAINING_MEASURES, { single: true }),
    ],
  },
  {
    name: "countryCoverage",
    dimensions: {},
    tables: [
      table("countries", "countries", measures(
        "missions", "officers", "deployments", "personDays", "firstDeploymentDate", "lastDeploymentDate", "activeAtEnd", "femaleRate", "known", "suppressed",
      ), { leading: [column("country.iso3", "country_iso3")], references: { country: { from: "countryIso3", refers: "country" } } }),
      table("byYear", "byYear", measures("countries", "cumulativeCountries"), { leading: [column("year")] }),
    ],
  },
  {
    name: "unContributionShare",
    dimensions: CONTRIBUTION_KEYS,
    tables: [
      table("rows", "rows", CONTRIBUTION_MEASURES, { grouped: true, references: keyReferences(CONTRIBUTION_DIMENSIONS) }),
      table("total", "total", CONTRIBUTION_MEASURES, { single: true }),
    ],
  },
  {
    name: "targetProgress",
    dimensions: {},
    tables: [table("rows", null, [column("target.value", "target_value"), ...measures(
      "actual", "gap", "met", "latestYear", "latestDate", "latestValue", "latestInterval.low", "latestInterval.high",
      "trendPerYear", "trendFromYear", "trendToYear", "neededPerYear", "projectedValue", "onTrack",
    )], {
      leading: [column("target.indicator.code", "indicator_code"), column("target.year", "year")],
      references: { target: { from: "targetId", refers: "target" }, "target.indicator": { from: "indicatorId", refers: "indicator" } },
    })],
  },
  {
    name: "reconciliation",
    dimensions: {},
    // The country-total row has no mission: its mission_code is empty.
    tables: [table("rows", null, measures("registerHeadcount", "unReported", "difference"), {
      leading: [column("date"), column("level"), column("mission.code", "mission_code"), column("unCoverage")],
      references: { mission: { from: "missionId", refers: "mission" } },
    })],
  },
];

const normalise = (name: string) => name.replace(/[-_]/g, "").toLowerCase();

/** A report by its GraphQL name, also written in kebab-case (female-participation); null if none. */
export function findReport(name: string): ReportSpec | null {
  return REPORTS.find((r) => normalise(r.name) === normalise(name)) ?? null;
}

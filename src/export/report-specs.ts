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
}

export interface ReportSpec {
  /** The Query field. */
  name: string;
  /** Key columns of each groupBy dimension, read under the row's `key`. */
  dimensions: Record<string, Column[]>;
  /** The first is the default. */
  tables: ReportTable[];
}

const key = (path: string, name: string) => column(`key.${path}`, name);

// The key columns of the issue: year, month, date, mission_code, country_iso3, organization_code,
// role_code, role_category, team_name, police_service_code, senior, topic_code, theme,
// contributor_iso3, personnel_type.
const PARTICIPATION_KEYS: Record<string, Column[]> = {
  YEAR: [key("year", "year")],
  MISSION: [key("mission.code", "mission_code")],
  COUNTRY: [key("country.iso3", "country_iso3")],
  ORGANIZATION: [key("organization.code", "organization_code")],
  ROLE: [key("role.code", "role_code")],
  ROLE_CATEGORY: [key("roleCategory", "role_category")],
  TEAM: [key("team.name", "team_name")],
  POLICE_SERVICE: [key("policeService.code", "police_service_code")],
  SENIOR: [key("senior", "senior")],
};

const TRAINING_KEYS: Record<string, Column[]> = {
  YEAR: [key("year", "year")],
  TOPIC: [key("topic.code", "topic_code")],
  THEME: [key("theme", "theme")],
  COUNTRY: [key("country.iso3", "country_iso3")],
  MISSION: [key("mission.code", "mission_code")],
};

const CONTRIBUTION_KEYS: Record<string, Column[]> = {
  MONTH: [key("month", "month")],
  YEAR: [key("year", "year")],
  MISSION: [key("mission.code", "mission_code")],
  CONTRIBUTOR: [key("contributor.iso3", "contributor_iso3")],
  PERSONNEL_TYPE: [key("personnelType", "personnel_type")],
};

const measures = (...paths: string[]) => paths.map((p) => column(p));

const PARTICIPATION_MEASURES = measures(
  "officers", "known", "undisclosed", "female", "male", "anotherGender", "rate", "interval.low", "interval.high",
  "personDays", "femalePersonDays", "femalePersonDayShare", "suppressed",
);
const TRAINING_MEASURES = measures("deliveries", "participants", "femaleParticipants", "femaleShare", "instructorsCertified", "countries");
const CONTRIBUTION_MEASURES = measures("snapshots", "female", "male", "total", "rate", "meanTotal", "latestDate", "latestTotal", "latestFemale");

const table = (name: string, field: string | null, measures: Column[], extra: Partial<ReportTable> = {}): ReportTable => ({
  name, field, measures, single: false, leading: [], grouped: false, ...extra,
});

/** The seven analytics reports, as the export writes them. */
export const REPORTS: readonly ReportSpec[] = [
  {
    name: "femaleParticipation",
    dimensions: PARTICIPATION_KEYS,
    tables: [table("rows", "rows", PARTICIPATION_MEASURES, { grouped: true }), table("total", "total", PARTICIPATION_MEASURES, { single: true })],
  },
  {
    name: "headcountSeries",
    dimensions: PARTICIPATION_KEYS,
    tables: [table("rows", null, measures("officers", "known", "female", "rate", "suppressed"), { grouped: true, leading: [column("date")] })],
  },
  {
    name: "trainingsDelivered",
    dimensions: TRAINING_KEYS,
    tables: [table("rows", "rows", TRAINING_MEASURES, { grouped: true }), table("total", "total", TRAINING_MEASURES, { single: true })],
  },
  {
    name: "countryCoverage",
    dimensions: {},
    tables: [
      table("countries", "countries", measures(
        "missions", "officers", "deployments", "personDays", "firstDeploymentDate", "lastDeploymentDate", "activeAtEnd", "femaleRate", "known", "suppressed",
      ), { leading: [column("country.iso3", "country_iso3")] }),
      table("byYear", "byYear", measures("countries", "cumulativeCountries"), { leading: [column("year")] }),
    ],
  },
  {
    name: "unContributionShare",
    dimensions: CONTRIBUTION_KEYS,
    tables: [table("rows", "rows", CONTRIBUTION_MEASURES, { grouped: true }), table("total", "total", CONTRIBUTION_MEASURES, { single: true })],
  },
  {
    name: "targetProgress",
    dimensions: {},
    tables: [table("rows", null, [column("target.value", "target_value"), ...measures("actual", "gap", "met")], {
      leading: [column("target.indicator.code", "indicator_code"), column("target.year", "year")],
    })],
  },
  {
    name: "reconciliation",
    dimensions: {},
    tables: [table("rows", null, measures("registerHeadcount", "unReported", "difference"), {
      leading: [column("date"), column("mission.code", "mission_code")],
    })],
  },
];

const normalise = (name: string) => name.replace(/[-_]/g, "").toLowerCase();

/** A report by its GraphQL name, also written in kebab-case (female-participation); null if none. */
export function findReport(name: string): ReportSpec | null {
  return REPORTS.find((r) => normalise(r.name) === normalise(name)) ?? null;
}

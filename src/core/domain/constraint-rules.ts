import { Gender, Jurisdiction, MissionKind, PersonnelType, RequestDecision, TeamFocus } from "./enums";

/** A row as stored: column values by their snake_case names; a column missing from it is not known. */
export type ColumnRow = Readonly<Record<string, unknown>>;

/** How a caller names a column: the API says `femaleParticipants`, the CSV import `female_participants`. */
export type ColumnNamer = (column: string) => string;

/** What a rule's words may use: a column's name, its name with the value the row has, the row. */
export interface Say {
  name(column: string): string;
  /** `participants (30)`; the name alone when the row has no value for it. */
  value(column: string): string;
  row: ColumnRow;
}

/**
 * One CHECK constraint of the register's tables, as the database has it (src/core/entities) and in
 * words. The mutations test it on the row they are about to write and the database enforces it
 * again; both refusals, and the CSV import's, are phrased by `phrase`.
 */
export interface ConstraintRule {
  table: string;
  /** The columns the rule is about; the first is the one to blame unless the caller changed another. */
  columns: readonly string[];
  /** Whether the row breaks the rule. NULL keeps it, as in SQL; a column the row lacks counts as NULL. */
  broken(row: ColumnRow): boolean;
  /** How the row breaks the rule; with values missing from the row (the database's refusal), the rule itself. */
  phrase(say: Say): string;
}

const known = (v: unknown): boolean => v !== null && v !== undefined;

/** Values as written: dates compare and show as their YYYY-MM-DD text, even from a driver that returns a Date. */
const text = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** `end` on or after `start` when both are given. */
function datesInOrder(table: string, end: string, start: string): ConstraintRule {
  return {
    table,
    columns: [end, start],
    broken: (r) => known(r[end]) && known(r[start]) && text(r[end]) < text(r[start]),
    phrase: (s) => `${s.value(end)} is before ${s.value(start)}`,
  };
}

/** A closed vocabulary; the API's enums keep to it before the database is asked. */
function oneOf(table: string, column: string, values: Record<string, string>): ConstraintRule {
  const allowed = Object.values(values);
  return {
    table,
    columns: [column],
    broken: (r) => known(r[column]) && !allowed.includes(String(r[column])),
    phrase: (s) => `${s.value(column)} must be one of ${allowed.join(", ")}`,
  };
}

/** Counts that must not be negative; the words name the negative ones when the row shows them. */
function notNegative(table: string, columns: readonly string[]): ConstraintRule {
  return {
    table,
    columns,
    broken: (r) => columns.some((c) => known(r[c]) && Number(r[c]) < 0),
    phrase: (s) => {
      const negative = columns.filter((c) => known(s.row[c]) && Number(s.row[c]) < 0);
      return `${list((negative.length ? negative : columns).map((c) => s.value(c)))} must not be negative`;
    },
  };
}

const REQUESTER = ["requested_by_organization_id", "requested_by_country_iso3"] as const;

/** Every CHECK constraint of the tables the mutations and the CSV import write, by constraint name. */
export const CONSTRAINT_RULES: Readonly<Record<string, ConstraintRule>> = {
  mission_dates_check: datesInOrder("mission", "end_date", "start_date"),
  mission_canadian_years_check: {
    table: "mission",
    columns: ["canadian_police_to", "canadian_police_from"],
    broken: (r) => known(r.canadian_police_to) && known(r.canadian_police_from) && Number(r.canadian_police_to) < Number(r.canadian_police_from),
    phrase: (s) => `${s.value("canadian_police_to")} is before ${s.value("canadian_police_from")}`,
  },
  mission_kind_check: oneOf("mission", "kind", MissionKind),

  specialized_team_dates_check: datesInOrder("specialized_team", "end_date", "start_date"),
  specialized_team_focus_check: oneOf("specialized_team", "focus", TeamFocus),

  officer_gender_check: oneOf("officer", "gender", Gender),

  deployment_dates_check: datesInOrder("deployment", "end_date", "start_date"),

  training_delivery_dates_check: datesInOrder("training_delivery", "end_date", "start_date"),
  training_delivery_counts_check: notNegative("training_delivery", ["participants", "female_participants", "instructors_certified"]),
  training_delivery_female_check: {
    table: "training_delivery",
    columns: ["female_participants", "participants"],
    broken: (r) => known(r.female_participants) && known(r.participants) && Number(r.female_participants) > Number(r.participants),
    phrase: (s) => `${s.value("female_participants")} must not exceed ${s.value("participants")}`,
  },
  training_delivery_female_only_check: {
    table: "training_delivery",
    columns: ["female_only", "female_participants", "participants"],
    broken: (r) => r.female_only === true && known(r.female_participants) && known(r.participants) && Number(r.female_participants) !== Number(r.participants),
    phrase: (s) => `${s.name("female_only")} is true but ${s.value("female_participants")} differs from ${s.value("participants")}`,
  },

  wps_target_value_check: {
    table: "wps_target",
    columns: ["value"],
    broken: (r) => known(r.value) && (Number(r.value) < 0 || Number(r.value) > 1),
    phrase: (s) => `${s.value("value")} must be between 0 and 1`,
  },

  deployment_request_decision_check: oneOf("deployment_request", "decision", RequestDecision),
  deployment_request_positions_check: notNegative("deployment_request", ["positions_requested"]),
  deployment_request_dates_check: datesInOrder("deployment_request", "decided_on", "received_on"),
  deployment_request_requester_check: {
    table: "deployment_request",
    columns: REQUESTER,
    broken: (r) => REQUESTER.filter((c) => known(r[c])).length !== 1,
    // Ids are not shown: the caller gave a code, and whether each is set is what matters.
    phrase: (s) => {
      const [organization, country] = REQUESTER.map((c) => s.name(c));
      const row = REQUESTER.map((c) => s.row[c]);
      if (row.every((v) => v === undefined)) return `a request has exactly one requester: ${organization} or ${country}`;
      if (row.every(known)) return `${organization} and ${country} are both set; a request has exactly one requester`;
      return `${organization} or ${country} is required; a request has exactly one requester`;
    },
  },
  deployment_request_pending_check: {
    table: "deployment_request",
    columns: ["decided_on", "decision"],
    broken: (r) => known(r.decision) && (r.decision === RequestDecision.PENDING) !== !known(r.decided_on),
    phrase: (s) => {
      const decision = s.row.decision;
      if (!known(decision)) return `${s.name("decided_on")} is empty exactly while ${s.name("decision")} is PENDING`;
      if (decision === RequestDecision.PENDING) return `${s.value("decided_on")} must be empty while ${s.name("decision")} is PENDING`;
      return `${s.name("decided_on")} is required when ${s.value("decision")} is not PENDING`;
    },
  },

  un_contribution_counts_check: {
    table: "un_contribution",
    columns: ["total", "male", "female"],
    broken: (r) =>
      ["male", "female"].some((c) => known(r[c]) && Number(r[c]) < 0) ||
      (known(r.male) && known(r.female) && known(r.total) && Number(r.male) + Number(r.female) !== Number(r.total)),
    phrase: (s) => {
      const negative = ["male", "female"].filter((c) => known(s.row[c]) && Number(s.row[c]) < 0);
      if (negative.length) return `${list(negative.map((c) => s.value(c)))} must not be negative`;
      if (known(s.row.male) && known(s.row.female)) {
        return `${s.value("total")} must be ${s.name("male")} + ${s.name("female")} (${Number(s.row.male) + Number(s.row.female)})`;
      }
      return `${s.name("male")} and ${s.name("female")} must not be negative, and ${s.name("total")} must be ${s.name("male")} + ${s.name("female")}`;
    },
  },
  un_contribution_personnel_type_check: oneOf("un_contribution", "personnel_type", PersonnelType),

  police_service_jurisdiction_check: oneOf("police_service", "jurisdiction", Jurisdiction),
};

function sayFor(row: ColumnRow, name: ColumnNamer): Say {
  return { name, value: (c) => (known(row[c]) ? `${name(c)} (${text(row[c])})` : name(c)), row };
}

/** The rules of one table, by constraint name. */
export function constraintRulesOf(table: string): readonly [constraint: string, rule: ConstraintRule][] {
  // Asked once per imported record: the registry is fixed, so each table's list is made once.
  let rules = RULES_BY_TABLE.get(table);
  if (!rules) RULES_BY_TABLE.set(table, (rules = Object.entries(CONSTRAINT_RULES).filter(([, rule]) => rule.table === table)));
  return rules;
}

const RULES_BY_TABLE = new Map<string, [constraint: string, rule: ConstraintRule][]>();

/** How `row` breaks `rule`, in the caller's names of its columns; null when it keeps it. */
export function violationOf(rule: ConstraintRule, row: ColumnRow, name: ColumnNamer): string | null {
  return rule.broken(row) ? rule.phrase(sayFor(row, name)) : null;
}

/**
 * A constraint the database refused, in words without values (it does not say which row broke it);
 * null for a constraint the registry does not know.
 */
export function describeConstraint(constraint: string, name: ColumnNamer): string | null {
  const rule = CONSTRAINT_RULES[constraint];
  return rule ? rule.phrase(sayFor({}, name)) : null;
}

import { constraintRulesOf, violationOf, type ColumnNamer, type ColumnRow } from "../domain/constraint-rules";
import type { InputProblems } from "./problems";
import type { WriteSpec } from "./write-spec";

/** The API's name of a column: the input field written to it (`mission_id` is `missionCode`), else the column. */
export function columnNamer(spec: WriteSpec): ColumnNamer {
  const byColumn = new Map<string, string>();
  for (const [field, { column }] of Object.entries(spec.fields)) if (column) byColumn.set(column, field);
  return (column) => byColumn.get(column) ?? column;
}

/**
 * The field a refused rule blames: the first of its columns the input gave (an update that lowers
 * participants below the stored femaleParticipants blames participants), else its first column.
 */
export function blamedField(spec: WriteSpec, columns: readonly string[], input: Record<string, unknown>): string {
  const name = columnNamer(spec);
  const fields = columns.map((c) => name(c));
  return fields.find((f) => input[f] !== undefined) ?? fields[0]!;
}

/**
 * The table's CHECK constraints tested on the row about to be written (for an update: the stored
 * row with the input's changes), each broken one a problem phrased with the row's values. A rule
 * about a field already found wrong is not tested: its value is not the one the caller meant.
 */
export function checkRules(spec: WriteSpec, row: ColumnRow, input: Record<string, unknown>, problems: InputProblems): void {
  const name = columnNamer(spec);
  const wrong = problems.fields();
  for (const [, rule] of constraintRulesOf(spec.table)) {
    if (rule.columns.some((c) => wrong.has(name(c)))) continue;
    const message = violationOf(rule, row, name);
    if (message !== null) problems.add(blamedField(spec, rule.columns, input), message);
  }
}

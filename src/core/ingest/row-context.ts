import { dateMessage, dateProblem } from "../input/date-range";
import type { FieldRule } from "../input/field-rules";
import { restoreFormulaText } from "../input/spreadsheet-text";
import { constraintRulesOf, violationOf, type ColumnRow } from "../domain/constraint-rules";
import { didYouMean } from "../input/closest";
import { repairedMojibake } from "../input/mojibake";
import { FIELD_RULES } from "../input/field-rules";
import { REPORTED_PROBLEMS, type ProblemList } from "./problems";

/** Reference lists this short are listed in full when a code is not one of them. */
const LISTED_CODES = 25;

/** Known codes that start with zeros, by their digits without them, built once per reference map. */
const ZERO_PADDED = new WeakMap<ReadonlyMap<string, number>, Map<string, string>>();

const stripZeros = (digits: string) => digits.replace(/^0+(?=\d)/, "");

/** "; the register has "000123": ..." for an all-digit code that is a known one without its leading zeros. */
function leadingZerosHint(code: string, ids: ReadonlyMap<string, number>): string {
  if (!/^\d+$/.test(code)) return "";
  let padded = ZERO_PADDED.get(ids);
  if (!padded) {
    padded = new Map();
    for (const k of ids.keys()) if (/^0\d*$/.test(k) && k.length > 1) padded.set(stripZeros(k), k);
    ZERO_PADDED.set(ids, padded);
  }
  const known = padded.get(stripZeros(code));
  if (!known || known === code) return "";
  return `; the register has ${JSON.stringify(known)}: a spreadsheet program drops the leading zeros of a column it reads as numbers (format the column as text before saving)`;
}

/** Where the codes of a long reference list are, for an unknown code with none close to it. */
const REMEDIES: Record<string, string> = {
  mission: "; the missions of the register are listed by `peaceops export missions`, and a new one is added by importing it (missions) first",
  "personnel number": "; an officer is added by importing it (officers) first",
  "police service": "; the police services are listed by `peaceops export police-services`, and a new one is added by importing it first",
};

const INT = /^[+-]?\d+$/;
/** 1,234 / 1 234 / 1.234: a count as a spreadsheet shows it with thousands grouped. */
const GROUPED = /^[+-]?\d{1,3}([,. \u00a0\u202f]\d{3})+$/;
const INT_MAX = 2_147_483_647;

/**
 * One record being read: cells by header name and typed readers that report a problem (line,
 * column, message) and return `undefined` when a cell is wrong. `undefined` also stands for a
 * column the file does not have; `null` for an empty cell.
 */
export class RowContext {
  failed = false;

  constructor(
    readonly line: number,
    private readonly cells: string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly errors: ProblemList,
  ) {}

  error(column: string | null, message: string): undefined {
    this.failed = true;
    this.errors.add(this.line, column, message);
    return undefined;
  }

  /** Adds a remedy to the message of this row's last problem (when the report shows it). */
  amendLast(text: string): void {
    const last = this.errors.items[this.errors.items.length - 1];
    if (last && last.line === this.line) last.message += text;
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  /**
   * The trimmed cell, without the `'` an export put in front of a formula-like text; null when
   * empty; undefined when the file has no such column.
   */
  raw(column: string): string | null | undefined {
    const i = this.index.get(column);
    if (i === undefined) return undefined;
    const v = restoreFormulaText((this.cells[i] ?? "").trim());
    if (v === "") return null;
    // PostgreSQL text cannot hold NUL: refuse it here rather than fail the write.
    if (v.includes("\u0000")) return this.error(column, "contains a NUL character; remove it (it is not text)");
    const repaired = repairedMojibake(v);
    if (repaired !== null) {
      return this.error(column, `${JSON.stringify(v)} is UTF-8 text read as Windows-1252 (it was ${JSON.stringify(repaired)}): ` +
        "a spreadsheet program opened the file in the wrong character set; open it again as UTF-8 (Unicode) and save it");
    }
    return v;
  }

  /** A required cell: empty is an error. */
  required(column: string): string | undefined {
    const v = this.raw(column);
    if (v === undefined && this.has(column)) return undefined; // the cell was refused, and said why
    if (v === null || v === undefined) return this.error(column, "is required");
    return v;
  }

  /**
   * A text cell that follows its field's rule (src/input/field-rules.ts): a code, a country code,
   * a name or a text, in its stored form (names in NFC).
   */
  checked(column: string, rule: FieldRule, required: boolean): string | null | undefined {
    const v = required ? this.required(column) : this.raw(column);
    if (!v) return v;
    const result = rule.check(v);
    if (result.problem !== undefined) return this.error(column, result.problem);
    return result.value;
  }

  /** A date in the range every input path accepts (src/input/date-range.ts). */
  date(column: string, required: boolean): string | null | undefined {
    const v = required ? this.required(column) : this.raw(column);
    const problem = v ? dateProblem(v) : null;
    if (problem) return this.error(column, dateMessage(v!, problem));
    return v;
  }

  int(column: string, required: boolean, min = 0): number | null | undefined {
    const v = required ? this.required(column) : this.raw(column);
    if (v == null) return v;
    const n = Number(v);
    if (GROUPED.test(v)) return this.error(column, `${JSON.stringify(v)} is not a whole number written without digit grouping (${v.replace(/[^\d+-]/g, "")})`);
    if (!INT.test(v) || n > INT_MAX) return this.error(column, `${JSON.stringify(v)} is not a whole number`);
    if (n < min) return this.error(column, `${n} is less than ${min}`);
    return n;
  }

  bool(column: string): boolean | null | undefined {
    const v = this.raw(column);
    if (v == null) return v;
    const lower = v.toLowerCase();
    // As spreadsheet programs write booleans in English and in French.
    if (lower === "true" || lower === "vrai") return true;
    if (lower === "false" || lower === "faux") return false;
    return this.error(column, `${JSON.stringify(v)} is not true or false`);
  }

  /** An enum value, in any case. */
  enumOf<E extends string>(column: string, values: Record<string, E>, required: boolean): E | null | undefined {
    const v = required ? this.required(column) : this.raw(column);
    if (v == null) return v;
    const upper = v.toUpperCase();
    const found = Object.values(values).find((e) => e === upper);
    if (!found) return this.error(column, `${JSON.stringify(v)} is not one of ${Object.values(values).join(", ")}`);
    return found;
  }

  /**
   * A code that must name an existing row: its id. The message offers the closest known codes, or
   * the list, or where the known ones are (`remedy: false` when the caller says that itself).
   */
  ref(column: string, code: string | null | undefined, ids: ReadonlyMap<string, number>, what: string, suggest = true, remedy = true): number | null | undefined {
    if (code == null) return code;
    const id = ids.get(code);
    if (id === undefined) {
      const hint = leadingZerosHint(code, ids) || (suggest ? this.knownHint(code, ids) : "");
      return this.error(column, `unknown ${what} ${JSON.stringify(code)}${hint}${remedy && !hint ? (REMEDIES[what] ?? "") : ""}`);
    }
    return id;
  }

  /**
   * A code cell that follows its rule and names an existing row: its id. A code that breaks the
   * rule ("MINUSTAH'", with the stray apostrophe of real UN extracts) is offered the closest known
   * codes too. `suggest: false` for large sets of personal keys (personnel numbers).
   */
  refCode(column: string, rule: FieldRule, ids: ReadonlyMap<string, number>, what: string, required: boolean, suggest = true, remedy = true): number | null | undefined {
    const v = required ? this.required(column) : this.raw(column);
    if (v == null) return v;
    const result = rule.check(v);
    if (result.problem !== undefined) return this.error(column, `${result.problem}${suggest ? this.knownHint(v, ids) : ""}`);
    return this.ref(column, result.value, ids, what, suggest, remedy);
  }

  /** A country cell: an ISO3 code of the country table, in any case, stored in capitals. */
  country(column: string, countries: ReadonlyMap<string, number>, required: boolean): string | null | undefined {
    const iso3 = this.checked(column, FIELD_RULES.countryIso3, required);
    if (iso3 && !countries.has(iso3)) {
      return this.error(column, `unknown country ${JSON.stringify(iso3)}${this.knownHint(iso3, countries) || "; the ISO 3166-1 alpha-3 code of a country (e.g. HTI for Haiti, UKR for Ukraine)"}`);
    }
    return iso3;
  }

  /**
   * A new key of the file's own table that is a known one without its leading zeros ("123" where
   * the register has "000123"): refused, since a spreadsheet program that read the column as
   * numbers made it, and importing it would add a second record.
   */
  newKey(column: string, code: string | null | undefined, own: ReadonlyMap<string, number>): void {
    if (code == null || own.has(code)) return;
    const hint = leadingZerosHint(code, own);
    if (hint) this.error(column, `${JSON.stringify(code)} is not in the register${hint}`);
  }

  /**
   * "; did you mean X?" when a known code is close, else "; known: A, B, C" for a short list of
   * codes (training topics, roles, organizations). Only for the problems the report shows in full: past them nobody reads the hint.
   */
  knownHint(value: string, ids: ReadonlyMap<string, number>): string {
    if (this.errors.items.length >= REPORTED_PROBLEMS) return "";
    const close = didYouMean(value, ids.keys());
    if (close || !ids.size || ids.size > LISTED_CODES) return close;
    return `; known: ${[...ids.keys()].sort().join(", ")}`;
  }

  /**
   * The register's rules between the columns of one table (src/core/domain/constraint-rules.ts, the
   * rules the database enforces and the mutations check), on the values read from this record:
   * `female_participants (40) must not exceed participants (30)`, blamed on the rule's first column.
   * A value not read (a wrong or absent cell) is unknown, and a rule about it is not tested.
   */
  rules(table: string, values: ColumnRow): void {
    for (const [, rule] of constraintRulesOf(table)) {
      const broken = violationOf(rule, values, (column) => column);
      if (broken) this.error(rule.columns[0]!, broken);
    }
  }
}

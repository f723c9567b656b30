import { DATE_RULE, isAcceptedDate } from "../input/date-range";
import type { FieldRule } from "../input/field-rules";
import type { ProblemList } from "./problems";

const INT = /^[+-]?\d+$/;
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

  has(column: string): boolean {
    return this.index.has(column);
  }

  /** The trimmed cell; null when empty; undefined when the file has no such column. */
  raw(column: string): string | null | undefined {
    const i = this.index.get(column);
    if (i === undefined) return undefined;
    const v = (this.cells[i] ?? "").trim();
    if (v === "") return null;
    // PostgreSQL text cannot hold NUL: refuse it here rather than fail the write.
    if (v.includes("\u0000")) return this.error(column, "contains a NUL character");
    return v;
  }

  /** A required cell: empty is an error. */
  required(column: string): string | undefined {
    const v = this.raw(column);
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
    if (v && !isAcceptedDate(v)) return this.error(column, `must be ${DATE_RULE}, got ${JSON.stringify(v)}`);
    return v;
  }

  int(column: string, required: boolean, min = 0): number | null | undefined {
    const v = required ? this.required(column) : this.raw(column);
    if (v == null) return v;
    const n = Number(v);
    if (!INT.test(v) || n > INT_MAX) return this.error(column, `${JSON.stringify(v)} is not a whole number`);
    if (n < min) return this.error(column, `${n} is less than ${min}`);
    return n;
  }

  bool(column: string): boolean | null | undefined {
    const v = this.raw(column);
    if (v == null) return v;
    const lower = v.toLowerCase();
    if (lower === "true") return true;
    if (lower === "false") return false;
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

  /** A code that must name an existing row: its id. */
  ref(column: string, code: string | null | undefined, ids: ReadonlyMap<string, number>, what: string): number | null | undefined {
    if (code == null) return code;
    const id = ids.get(code);
    if (id === undefined) return this.error(column, `unknown ${what} ${JSON.stringify(code)}`);
    return id;
  }

  /** `end` on or after `start`, both present. */
  dateOrder(startColumn: string, start: string | null | undefined, endColumn: string, end: string | null | undefined): void {
    if (start && end && end < start) this.error(endColumn, `${end} is before ${startColumn} ${start}`);
  }
}

import { UserInputError } from "../errors";
import type { FieldRule } from "./field-rules";

interface Declared {
  rule: FieldRule;
  /** The field is a list: each item follows the rule. */
  each: boolean;
}

const declared = new WeakMap<object, Map<string, Declared>>();

/** Declares the rule (src/input/field-rules.ts) a field of a GraphQL input class follows. */
export function Accepts(rule: FieldRule, options: { each?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    const fields = declared.get(target.constructor) ?? new Map<string, Declared>();
    fields.set(String(property), { rule, each: options.each ?? false });
    declared.set(target.constructor, fields);
  };
}

/** `label` starts the message: "code:" or "hostCountries: item 2". */
function checked(rule: FieldRule, value: unknown, field: string, label: string): string {
  if (typeof value !== "string") throw new UserInputError(`${label} must be text`, field);
  const result = rule.check(value);
  if (result.problem !== undefined) throw new UserInputError(`${label} ${result.problem}`, field);
  return result.value;
}

/**
 * Checks every declared field an input has (undefined is absent, null clears: both skipped) and
 * puts each value in its stored form (names in NFC). The first problem is a BAD_USER_INPUT naming
 * the field; the input is then left as it was.
 */
export function applyFieldRules(input: object): void {
  const fields = declared.get(input.constructor);
  if (!fields) return;
  const values = input as Record<string, unknown>;
  const stored: [string, unknown][] = [];
  for (const [field, { rule, each }] of fields) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    if (each) {
      if (!Array.isArray(value)) throw new UserInputError(`${field}: must be a list`, field);
      stored.push([field, value.map((item, i) => checked(rule, item, field, `${field}: item ${i + 1}`))]);
    } else {
      stored.push([field, checked(rule, value, field, `${field}:`)]);
    }
  }
  for (const [field, value] of stored) values[field] = value;
}

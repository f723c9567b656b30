import { QueryFailedError } from "typeorm";
import { describeConstraint, CONSTRAINT_RULES } from "../domain/constraint-rules";
import { UserInputError } from "../errors";
import { blamedField, columnNamer } from "./row-rules";
import type { WriteSpec } from "./write-spec";

interface DriverError {
  code?: string;
  constraint?: string;
  column?: string;
}

/** `code: another mission already has the code "MINUSTAH"`, with the key's values the input gave. */
function uniqueMessage(spec: WriteSpec, constraint: string | undefined, input: Record<string, unknown>): { field: string | undefined; message: string } {
  const label = spec.entity.replace(/_/g, " ");
  const key = constraint ? spec.uniqueKeys[constraint] : undefined;
  if (!key) return { field: undefined, message: `input: another ${label} already has this value` };
  const given = key.fields.filter((f) => input[f] !== undefined && input[f] !== null);
  const shown = (f: string) => `${f} ${JSON.stringify(input[f])}`;
  if (key.fields.length === 1) {
    const message = given.length ? `another ${label} already has the ${shown(key.blame)}` : `another ${label} already has this ${key.blame}`;
    return { field: key.blame, message: `${key.blame}: ${message}` };
  }
  const values = given.length ? ` (${given.map(shown).join(", ")})` : "";
  const fields = `${key.fields.slice(0, -1).join(", ")} and ${key.fields[key.fields.length - 1]}`;
  return { field: key.blame, message: `${key.blame}: another ${label} already has the same ${fields}${values}` };
}

/**
 * A database constraint error as BAD_USER_INPUT naming the field it is about, phrased as the
 * checks before writing phrase it (without values: the driver's message, with its SQL and values,
 * does not reach the caller). The checks before writing should leave nothing for this to catch
 * but races and rules they do not know.
 */
export function asUserError(err: unknown, spec: WriteSpec, input: Record<string, unknown>): unknown {
  if (!(err instanceof QueryFailedError)) return err;
  const driver = (err as QueryFailedError & { driverError: DriverError }).driverError;
  const name = columnNamer(spec);
  const byColumn = driver.column ? name(driver.column) : undefined;
  // A refusal that names no field stays a plain message, as before the problems list.
  const one = (field: string | undefined, message: string) => (field ? UserInputError.forProblems([{ field, message }]) : new UserInputError(message));
  switch (driver.code) {
    case "23505": {
      const { field, message } = uniqueMessage(spec, driver.constraint, input);
      return one(field, message);
    }
    case "23514": {
      const rule = driver.constraint ? CONSTRAINT_RULES[driver.constraint] : undefined;
      if (!rule) return one(byColumn, `${byColumn ?? "input"}: violates the rule ${driver.constraint ?? "of the register"}`);
      return one(blamedField(spec, rule.columns, input), describeConstraint(driver.constraint!, name)!);
    }
    case "23502":
      return one(byColumn, `${byColumn ?? "input"}: is required`);
    case "23503":
      return new UserInputError(`${spec.entity.replace(/_/g, " ")} is still referenced by other records`, byColumn);
    case "22003":
    case "22001":
      return one(byColumn, `${byColumn ?? "input"}: value out of range or too long`);
    default:
      return err;
  }
}

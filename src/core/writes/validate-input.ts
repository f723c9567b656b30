import { validate } from "class-validator";
import { applyFieldRules } from "../input/accepts.decorator";
import type { InputProblems } from "./problems";
import type { WriteSpec } from "./write-spec";

/** A create gives every required field; neither a create nor an update sets a field every row has to null. */
function checkPresence(spec: WriteSpec, values: Record<string, unknown>, mode: "create" | "update", problems: InputProblems): void {
  for (const [field, { presence }] of Object.entries(spec.fields)) {
    const value = values[field];
    if (mode === "create" && presence === "required" && (value === undefined || value === null)) {
      problems.add(field, `${field}: is required to create a ${spec.typeName}`);
    } else if (value === null && presence !== undefined) {
      problems.add(
        field,
        mode === "update"
          ? `${field}: cannot be cleared (null); every ${spec.typeName} has one`
          : `${field}: cannot be null; every ${spec.typeName} has one (leave it out for the default)`,
      );
    }
  }
}

/**
 * The declared text rules (src/core/input), each field on its own: applyFieldRules stops at an
 * input's first problem, so it is given an object of the input's class holding one field at a
 * time. A value that passes takes its stored form (names in NFC).
 */
function checkFieldRules(input: object, problems: InputProblems): void {
  const values = input as Record<string, unknown>;
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const one = Object.create(Object.getPrototypeOf(input) as object) as Record<string, unknown>;
    one[field] = value;
    try {
      applyFieldRules(one);
      values[field] = one[field];
    } catch (err) {
      problems.addError(err, field);
    }
  }
}

/**
 * A mutation's input checked before anything is read or written: the fields a create needs,
 * nulls where every row has a value, the text rules (values put in their stored form), then
 * class-validator on the rest. Every problem is added, one per field; a field given as null or
 * left out is not validated (null clears).
 */
export async function checkInput(spec: WriteSpec, input: object, mode: "create" | "update", problems: InputProblems): Promise<void> {
  checkPresence(spec, input as Record<string, unknown>, mode, problems);
  checkFieldRules(input, problems);
  const errors = await validate(input, { skipMissingProperties: true, forbidUnknownValues: false });
  for (const error of errors) {
    if (problems.has(error.property)) continue;
    const message = Object.values(error.constraints ?? {})[0] ?? "is invalid";
    problems.add(error.property, `${error.property}: ${message}`);
  }
}

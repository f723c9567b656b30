import { Field, InputType, type ClassType } from "type-graphql";
import type { WriteSpec } from "../../../core/writes/write-spec";

type TypeFunction = NonNullable<Parameters<typeof Field>[0]>;

/** One field of an entity's create and update inputs, declared once for both. */
export interface WriteField {
  type: TypeFunction;
  description?: string;
  /**
   * Its validation decorators (`Accepts(FIELD_RULES.title)`, `IsInt()`, ...), listed as they would
   * be written above the property; applied last first, as TypeScript applies them.
   */
  validate?: PropertyDecorator[];
}

/** The two input types of an entity's mutations. */
export interface WriteInputs {
  /** `Create<Type>Input`: the fields a create must give are non-null. */
  create: ClassType;
  /** `Update<Type>Input`: every field optional; null clears a field that may be empty. */
  update: ClassType;
}

/** A class with this name, for type-graphql and class-validator to hang their metadata on. */
function namedClass(name: string): ClassType {
  return { [name]: class {} }[name]!;
}

function declare(target: ClassType, name: string, field: WriteField, nullable: boolean): void {
  const prototype = target.prototype as object;
  Field(field.type, { nullable, ...(field.description ? { description: field.description } : {}) })(prototype, name);
  for (const decorator of [...(field.validate ?? [])].reverse()) decorator(prototype, name);
}

/**
 * `Create<Type>Input` and `Update<Type>Input` from one declaration of the entity's input fields,
 * with the same names and validation. Which fields a create needs and which may be cleared is the
 * write spec's (src/core/writes), so that the schema says what the core checks; the declaration
 * must list exactly the spec's fields.
 */
export function writeInputs(spec: WriteSpec, description: string, fields: Record<string, WriteField>): WriteInputs {
  const declared = Object.keys(fields).join(", ");
  const expected = Object.keys(spec.fields).join(", ");
  if (declared !== expected) throw new Error(`The ${spec.typeName} inputs declare ${declared}; its write spec has ${expected}`);

  const clearable = Object.keys(spec.fields).filter((f) => spec.fields[f]!.presence === undefined);
  const clears = clearable.length
    ? `null clears ${clearable.length === 1 ? clearable[0] : `${clearable.slice(0, -1).join(", ")} or ${clearable[clearable.length - 1]}`} (the other fields cannot be cleared)`
    : "no field can be cleared";

  const create = namedClass(`Create${spec.typeName}Input`);
  const update = namedClass(`Update${spec.typeName}Input`);
  for (const [name, field] of Object.entries(fields)) {
    declare(create, name, field, spec.fields[name]!.presence !== "required");
    declare(update, name, field, true);
  }
  InputType(create.name, { description })(create);
  InputType(update.name, { description: `${description} An update changes only the fields given; ${clears}.` })(update);
  return { create, update };
}

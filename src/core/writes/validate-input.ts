import { validate } from "class-validator";
import { UserInputError } from "../errors";
import { applyFieldRules } from "../input/accepts.decorator";

/**
 * A mutation input's text fields checked against their rules and put in their stored form
 * (src/input), then class-validator on the rest; the first problem becomes BAD_USER_INPUT naming
 * the field, before anything is written.
 */
export async function validateInput(input: object, skipMissing: boolean): Promise<void> {
  applyFieldRules(input);
  const errors = await validate(input, { skipMissingProperties: skipMissing, forbidUnknownValues: false });
  const first = errors[0];
  if (!first) return;
  const message = Object.values(first.constraints ?? {})[0] ?? "is invalid";
  throw new UserInputError(`${first.property}: ${message}`, first.property);
}

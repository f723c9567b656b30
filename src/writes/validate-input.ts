import { validate } from "class-validator";
import { BadUserInputError } from "../errors";

/** class-validator on a mutation input; the first problem becomes BAD_USER_INPUT naming the field. */
export async function validateInput(input: object, skipMissing: boolean): Promise<void> {
  const errors = await validate(input, { skipMissingProperties: skipMissing, forbidUnknownValues: false });
  const first = errors[0];
  if (!first) return;
  const message = Object.values(first.constraints ?? {})[0] ?? "is invalid";
  throw new BadUserInputError(`${first.property}: ${message}`, first.property);
}

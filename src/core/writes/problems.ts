import { UserInputError, type FieldProblem } from "../errors";

/**
 * What is wrong with one mutation's input, gathered from every check before anything is written,
 * so that the caller hears of all of it at once.
 */
export class InputProblems {
  private readonly found: FieldProblem[] = [];

  /** `order`: the entity's fields in input order, the order the problems are reported in. */
  constructor(private readonly order: readonly string[]) {}

  add(field: string, message: string): void {
    this.found.push({ field, message });
  }

  /** Adds a UserInputError a check threw (a reference that does not exist); anything else is rethrown. */
  addError(err: unknown, field: string): void {
    if (!(err instanceof UserInputError)) throw err;
    for (const p of err.problems ?? [{ field: err.field ?? field, message: err.message }]) this.add(p.field, p.message);
  }

  has(field: string): boolean {
    return this.found.some((p) => p.field === field);
  }

  /** The fields with a problem so far. */
  fields(): Set<string> {
    return new Set(this.found.map((p) => p.field));
  }

  /** All of them as one BAD_USER_INPUT, in field order (a field's own problems in the order found). */
  throwIfAny(): void {
    if (this.found.length === 0) return;
    const rank = (field: string) => {
      const i = this.order.indexOf(field);
      return i === -1 ? this.order.length : i;
    };
    throw UserInputError.forProblems([...this.found].sort((a, b) => rank(a.field) - rank(b.field)));
  }
}

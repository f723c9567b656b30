import { GraphQLError } from "graphql";
import { PeaceopsError, UserInputError } from "../core/errors";

/** The core's error behind a GraphQL error (a resolver's, wrapped by graphql-js or graphql-jit), or null. */
export function domainErrorOf(error: unknown): PeaceopsError | null {
  for (let e = error; e instanceof Error; e = (e as GraphQLError).originalError) {
    if (e instanceof PeaceopsError) return e;
    if (!(e instanceof GraphQLError)) break;
  }
  return null;
}

/** What a caller sees of a core error's `extensions` (a type, not an interface: it is a JSON object). */
export type PublicExtensions = {
  /** The field to blame (the first, when there are several). */
  field?: string;
  /** Every problem of an input checked as a whole (a mutation's), in order. */
  fields?: { field: string; message: string }[];
  code: string;
};

/** `extensions` as peaceops has always answered them, plus `fields` when the error lists problems. */
export function publicExtensions(error: PeaceopsError): PublicExtensions {
  const extensions: PublicExtensions = error.field ? { field: error.field, code: error.code } : { code: error.code };
  if (error instanceof UserInputError && error.problems) extensions.fields = error.problems.map(({ field, message }) => ({ field, message }));
  return extensions;
}

/**
 * The core error as a GraphQLError, for where graphql-js or Apollo need one (a validation rule, a
 * plugin that ends the request before execution): `extensions.http` carries its status.
 */
export function toGraphQLError(error: PeaceopsError): GraphQLError {
  const http = error.status ? { http: { status: error.status } } : {};
  return new GraphQLError(error.message, { originalError: error, extensions: { ...publicExtensions(error), ...http } });
}

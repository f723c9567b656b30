import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date written YYYY-MM-DD; null when it is not one (2023-02-30 is not). */
export function parseIsoDate(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0-99 as 1900-1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return value;
}

function parse(value: unknown): string {
  if (typeof value !== "string" || parseIsoDate(value) === null) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

/** A calendar date without time zone, YYYY-MM-DD, carried as a string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date without time zone, written YYYY-MM-DD (ISO 8601).",
  serialize: (value) => {
    // A bad value here comes from the server, not the caller: an internal error, masked.
    if (typeof value !== "string" || parseIsoDate(value) === null) throw new Error(`Date cannot represent ${JSON.stringify(value)}`);
    return value;
  },
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("Date must be a string written YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    }
    return parse(ast.value);
  },
});

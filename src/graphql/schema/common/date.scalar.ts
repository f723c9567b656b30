import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DATE_RULE, dateMessage, dateProblem, isCalendarDate } from "../../../core/input/date-range";

/** A date argument or input: what is wrong with it, in the caller's words, and what is accepted. */
function parse(value: unknown): string {
  if (typeof value !== "string") {
    throw new GraphQLError(`Date must be a string: ${DATE_RULE}, got ${JSON.stringify(value)}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  const problem = dateProblem(value);
  if (problem) throw new GraphQLError(`Date ${dateMessage(value, problem)}`, { extensions: { code: "BAD_USER_INPUT" } });
  return value;
}

/** A calendar date without time zone, YYYY-MM-DD, carried as a string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: `A calendar date without time zone, written YYYY-MM-DD (ISO 8601). As input: ${DATE_RULE}.`,
  serialize: (value) => {
    // A bad value here comes from the server, not the caller: an internal error, masked. A stored
    // date outside the input range (written before the range existed) is still a date to read.
    if (typeof value !== "string" || !isCalendarDate(value)) throw new Error(`Date cannot represent ${JSON.stringify(value)}`);
    return value;
  },
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`Date must be a string: ${DATE_RULE}`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return parse(ast.value);
  },
});

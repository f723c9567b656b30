import {
  GraphQLBoolean, GraphQLError, GraphQLInt, GraphQLString, getNamedType, isEnumType, isInputObjectType, isListType,
  isNonNullType, isScalarType, type GraphQLArgument, type GraphQLInputType,
} from "graphql";
import { UserInputError } from "../core/errors";
import { unstorableCharacter, unstorableMessage } from "../core/input/storable-text";
import { buildPeaceopsSchema } from "../graphql/build-schema";
import type { ReportSpec, ReportTable } from "./report-specs";

/** How a parameter is named to the person who wrote it: `--min-cell-size` on the command line, `minCellSize` in a URL. */
export interface ParamLabels {
  argument(name: string): string;
  filter(name: string): string;
}

export const URL_LABELS: ParamLabels = { argument: (name) => name, filter: (name) => name };

/** A report request whose parameters are checked and typed as the GraphQL arguments they become. */
export interface ReportRequest {
  report: ReportSpec;
  table: ReportTable;
  groupBy: string[];
  /** Variable values by argument name, and each variable's GraphQL type (`[ParticipationDimension!]`). */
  variables: Record<string, unknown>;
  variableTypes: Record<string, string>;
}

function convert(raw: string, type: GraphQLInputType, label: string): unknown {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    return raw.split(",").map((s) => s.trim()).filter((s) => s !== "").map((s) => convert(s, t.ofType, label));
  }
  if (isEnumType(t)) {
    const value = t.getValue(raw.trim().toUpperCase());
    if (!value) throw new UserInputError(`${label} must be one of ${t.getValues().map((v) => v.name).join(", ")}, got ${JSON.stringify(raw)}`);
    return value.name;
  }
  if (t === GraphQLInt) {
    if (!/^-?\d{1,9}$/.test(raw.trim())) throw new UserInputError(`${label} must be a whole number, got ${JSON.stringify(raw)}`);
    return Number(raw);
  }
  if (t === GraphQLBoolean) {
    if (!/^(true|false)$/i.test(raw.trim())) throw new UserInputError(`${label} must be true or false, got ${JSON.stringify(raw)}`);
    return raw.trim().toLowerCase() === "true";
  }
  if (t === GraphQLString) return raw;
  if (isScalarType(t)) {
    // The scalar's own check (Date: a real calendar date), reported under the parameter's name.
    try {
      return t.parseValue(raw);
    } catch (err) {
      const message = err instanceof GraphQLError || err instanceof Error ? err.message : String(err);
      throw new UserInputError(`${label}: ${message}`);
    }
  }
  throw new UserInputError(`${label} cannot be given as text`);
}

function withField<T>(field: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof UserInputError) throw new UserInputError(err.message, field);
    throw err;
  }
}

/**
 * Turns text parameters (a URL's query, the command line's options) into the report's GraphQL
 * variables, using the schema's own argument types: an argument by its name (`from`, `groupBy`),
 * a filter field by its name (`missions`), and `table` to pick the list to export.
 */
export function parseReportParams(report: ReportSpec, params: Record<string, string>, labels: ParamLabels = URL_LABELS): ReportRequest {
  const field = buildPeaceopsSchema().getQueryType()!.getFields()[report.name];
  const args = new Map<string, GraphQLArgument>(field.args.map((a) => [a.name, a]));
  const filterArg = args.get("filter");
  const filterType = filterArg ? getNamedType(filterArg.type) : null;
  const filterFields = filterType && isInputObjectType(filterType) ? filterType.getFields() : {};

  const variables: Record<string, unknown> = {};
  const variableTypes: Record<string, string> = {};
  const filter: Record<string, unknown> = {};
  let table = report.tables[0];

  for (const [given, raw] of Object.entries(params)) {
    // `filter.NAME` is a filter field and nothing else (the command line's --filter NAME=...).
    const filterOnly = given.startsWith("filter.");
    const name = filterOnly ? given.slice("filter.".length) : given;
    // What no argument may hold (as /graphql refuses it), before the text goes anywhere near SQL.
    const unstorable = unstorableCharacter(raw);
    if (unstorable) {
      const isFilter = filterOnly || (Object.hasOwn(filterFields, name) && !args.has(name));
      throw new UserInputError(unstorableMessage(isFilter ? labels.filter(name) : labels.argument(name), unstorable), isFilter ? `filter.${name}` : name);
    }
    if (filterOnly && !Object.hasOwn(filterFields, name)) {
      throw new UserInputError(`${report.name} does not take ${labels.filter(name)} (its filters are ${Object.keys(filterFields).join(", ") || "none"})`, name);
    }
    if (name === "table" && !filterOnly) {
      const found = report.tables.find((t) => t.name === raw);
      if (!found) {
        throw new UserInputError(`${labels.argument("table")} of ${report.name} must be one of ${report.tables.map((t) => t.name).join(", ")}, got ${JSON.stringify(raw)}`, "table");
      }
      table = found;
    } else if (args.has(name) && name !== "filter" && !filterOnly) {
      const arg = args.get(name)!;
      variables[name] = withField(name, () => convert(raw, arg.type, labels.argument(name)));
      variableTypes[name] = String(arg.type);
    } else if (Object.hasOwn(filterFields, name)) {
      filter[name] = withField(name, () => convert(raw, filterFields[name].type, labels.filter(name)));
    } else {
      const accepted = [...[...args.keys()].filter((a) => a !== "filter").map(labels.argument), ...Object.keys(filterFields).map(labels.filter)];
      if (report.tables.length > 1) accepted.push(labels.argument("table"));
      throw new UserInputError(`${report.name} does not take ${labels.argument(name)} (it takes ${accepted.join(", ") || "no parameters"})`, name);
    }
  }
  if (Object.keys(filter).length) {
    variables.filter = filter;
    variableTypes.filter = String(filterArg!.type);
  }
  for (const arg of args.values()) {
    if (isNonNullType(arg.type) && !(arg.name in variables)) {
      throw new UserInputError(`${report.name} needs ${labels.argument(arg.name)}`, arg.name);
    }
  }
  const groupBy = Array.isArray(variables.groupBy) ? (variables.groupBy as string[]) : [];
  return { report, table, groupBy, variables, variableTypes };
}

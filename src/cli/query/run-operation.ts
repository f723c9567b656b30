import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../../core/errors";
import type { Logger } from "../../core/logger";
import { buildPeaceopsSchema } from "../../graphql/build-schema";
import type { Context } from "../../graphql/context";
import { createFormatError } from "../../server/format-error";

/**
 * A GraphQL error of an export, already formatted as the API formats it (internal errors masked
 * and logged with an id), so the CLI and HTTP routes show exactly what /graphql would.
 */
export class OperationError extends Error {
  constructor(readonly formatted: GraphQLFormattedError) {
    super(formatted.message);
  }

  get code(): string {
    return String(this.formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  }

  get field(): string | undefined {
    const field = this.formatted.extensions?.field;
    return typeof field === "string" ? field : undefined;
  }
}

export interface OperationOptions {
  logger: Logger;
  debugErrors?: boolean;
}

function fail(error: GraphQLError, options: OperationOptions, code?: string): never {
  const formatError = createFormatError(options.logger, options.debugErrors ?? false);
  const json = error.toJSON();
  const formatted = code && !json.extensions?.code ? { ...json, extensions: { ...json.extensions, code } } : json;
  throw new OperationError(formatError(formatted, error));
}

/** Parses and validates a document against the peaceops schema; errors carry Apollo's protocol codes. */
export function parseOperation(source: string, options: OperationOptions): DocumentNode {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (err) {
    if (err instanceof GraphQLError) fail(err, options, "GRAPHQL_PARSE_FAILED");
    throw err;
  }
  const errors = validate(buildPeaceopsSchema(), document);
  if (errors.length) fail(errors[0], options, "GRAPHQL_VALIDATION_FAILED");
  return document;
}

/**
 * Executes a document through the schema: its resolvers, auth checker and suppression rules apply
 * as for any API request. The first error, if any, is thrown as an OperationError.
 */
export async function runOperation(
  document: DocumentNode,
  variables: Record<string, unknown>,
  context: Context,
  options: OperationOptions,
): Promise<Record<string, unknown>> {
  const result = await execute({ schema: buildPeaceopsSchema(), document, variableValues: variables, contextValue: context });
  // Variable coercion errors carry no code in graphql-js; Apollo calls them BAD_USER_INPUT.
  if (result.errors?.length) fail(result.errors[0], options, result.data === undefined ? ErrorCode.BAD_USER_INPUT : undefined);
  return (result.data ?? {}) as Record<string, unknown>;
}

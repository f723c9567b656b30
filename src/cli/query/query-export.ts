import { assertStorableInput } from "../../server/input-guard.plugin";
import { DEFAULT_LIMITS } from "../../server/limits";
import { getOperationAST, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { UserInputError } from "../../core/errors";
import { buildPeaceopsSchema } from "../../graphql/build-schema";
import { toGraphQLError } from "../../graphql/errors";
import type { Context } from "../../graphql/context";
import { flattenResult, type FlatTable } from "./flatten";
import { parseOperation, runOperation, type OperationOptions } from "./run-operation";

// The query command answers in GraphQL's terms: its own input errors are GraphQL errors too.
const inputError = (message: string, field: string) => toGraphQLError(new UserInputError(message, field));

/** `--variables`: a JSON object. */
export function parseVariables(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw inputError(`--variables must be a JSON object: ${(err as Error).message}`, "variables");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw inputError(`--variables must be a JSON object, like {"code": "MINUSTAH"}; got ${text.length > 40 ? `${text.slice(0, 40)}...` : text}`, "variables");
  }
  return value as Record<string, unknown>;
}

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode {
  const operation = getOperationAST(document, name);
  if (!operation) {
    throw inputError(name ? `the document has no operation named ${JSON.stringify(name)}` : "the document has several operations: name one with --operation", "operation");
  }
  // A script's reading tool: writes go through mutations over the API or the import.
  if (operation.operation !== "query") throw inputError(`peaceops query runs queries only, not a ${operation.operation}`, "operation");
  return operation;
}

/** Runs any query through the schema with the caller's context; the result and its first list flattened. */
export async function runQuery(
  source: string,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  context: Context,
  options: OperationOptions,
): Promise<{ data: Record<string, unknown>; table: FlatTable }> {
  const document = parseOperation(source, options);
  const operation = operationOf(document, operationName);
  // Only the chosen operation is executed (graphql-js would otherwise ask for its name).
  const single = { ...document, definitions: document.definitions.filter((d) => d.kind !== "OperationDefinition" || d === operation) };
  // The API's guard on input: no variable nested past the limit, no text a column cannot hold.
  assertStorableInput(single, variables, DEFAULT_LIMITS.maxVariableDepth);
  const data = await runOperation(single, variables, context, options);
  return { data, table: flattenResult(buildPeaceopsSchema(), document, operation, data) };
}

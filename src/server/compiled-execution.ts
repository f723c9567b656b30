import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { execute, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema } from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Context } from "../graphql/context";

type Gateway = NonNullable<ApolloServerOptionsWithGateway<Context>["gateway"]>;

/** A document is compiled on its second execution: a stream of one-off documents never pays for it. */
const COMPILE_AFTER = 2;

interface Compiled {
  runs: number;
  /** By operation name ("" for none); null when graphql-jit declined the operation. */
  byOperation: Map<string, CompiledQuery | null>;
}

/**
 * graphql-jit's errors leave `extensions` undefined when the cause has none (graphql-js's are
 * `{}`), which Apollo's error formatting does not expect: the same error, with empty extensions.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  return error.extensions ? error : (Object.create(error, { extensions: { value: {} } }) as GraphQLError);
}

/**
 * Executes operations with graphql-jit, which compiles a document into plain JavaScript once and
 * then runs it without graphql-js's per-field interpretation (the same resolvers, the same
 * answers; the test suite runs on it). A document is keyed by the parsed document Apollo keeps in
 * its document store, so a query sent again (or by hash) is not compiled again. Until a document
 * has run COMPILE_AFTER times, and for anything graphql-jit cannot compile, graphql-js executes it.
 *
 * Apollo Server takes a custom executor through its gateway interface: this is that, over one
 * local schema.
 */
export function compiledExecution(schema: GraphQLSchema, compileAfter = COMPILE_AFTER): Gateway {
  const documents = new WeakMap<DocumentNode, Compiled>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined | null): CompiledQuery | null => {
    let entry = documents.get(document);
    if (!entry) {
      entry = { runs: 0, byOperation: new Map() };
      documents.set(document, entry);
    }
    entry.runs += 1;
    if (entry.runs < compileAfter) return null;
    const key = operationName ?? "";
    let compiled = entry.byOperation.get(key);
    if (compiled === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      compiled = isCompiledQuery(result) ? result : null;
      entry.byOperation.set(key, compiled);
    }
    return compiled;
  };
  return {
    async load() {
      return {
        executor: async (requestContext) => {
          const { document, request, context } = requestContext;
          const variables = request.variables ?? {};
          const compiled = compiledFor(document, request.operationName);
          if (compiled) {
            // Variables that do not coerce get graphql-js's own errors, which Apollo answers with
            // 400 and BAD_USER_INPUT (graphql-jit words and places them differently).
            const operation = requestContext.operation;
            const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 }) : null;
            if (coerced?.errors) return { errors: coerced.errors };
            const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
            if (result.errors) return { ...result, errors: result.errors.map(withExtensions) };
            return result;
          }
          return execute({ schema, document, contextValue: context, variableValues: variables, operationName: request.operationName });
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async stop() {},
  };
}

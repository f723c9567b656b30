import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import { ErrorCode } from "../errors";
import type { Context } from "./context";

const NUL = "\u0000";

/** Where in a variable's value the first NUL is: [] for the value itself, field names inside; null if none. */
function nulPath(value: unknown): string[] | null {
  if (typeof value === "string") return value.includes(NUL) ? [] : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const inner = nulPath(item);
      if (inner) return inner;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return [key];
      const inner = nulPath(item);
      if (inner) return [key, ...inner];
    }
  }
  return null;
}

/** Argument and input-field names from the operation down to a node: "filter.search". */
function argumentPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string[] {
  return ancestors
    .filter((a): a is ASTNode => !Array.isArray(a))
    .filter((a) => a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)
    .map((a) => ("name" in a && a.name ? a.name.value : ""));
}

/** The argument path of the first string literal with a NUL, or of the first use of a variable that has one. */
function fieldWithNul(document: DocumentNode, variables: Record<string, unknown>): string | null {
  const inVariables = new Map<string, string[]>();
  for (const [name, value] of Object.entries(variables)) {
    const path = nulPath(value);
    if (path) inVariables.set(name, path);
  }
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found === null && node.value.includes(NUL)) found = argumentPath([...ancestors, parent as ASTNode]).join(".") || "a string literal";
    },
    Variable(node, _key, parent, _path, ancestors) {
      const inner = inVariables.get(node.name.value);
      if (found !== null || !inner || parent === undefined || (parent as ASTNode).kind === Kind.VARIABLE_DEFINITION) return;
      found = [...argumentPath([...ancestors, parent as ASTNode]), ...inner].join(".");
    },
  });
  // A variable with a NUL that the operation never uses.
  if (found === null && inVariables.size) found = `$${[...inVariables.keys()][0]}`;
  return found;
}

/**
 * PostgreSQL text cannot hold the NUL character: a statement bound with one fails inside the driver
 * and would surface as an internal error. Refusing it up front, for every argument and variable,
 * names the culprit instead.
 */
export function createNulGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = fieldWithNul(document, request.variables ?? {});
          if (field === null) return;
          throw new GraphQLError(`Text must not contain the NUL character (\\u0000), got it in ${field}`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } },
          });
        },
      };
    },
  };
}

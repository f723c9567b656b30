import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import { ErrorCode } from "../errors";
import type { Context } from "./context";

const NUL = "\u0000";

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes(NUL);
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.includes(NUL) || containsNul(v));
  return false;
}

/** The argument or input field that holds the first string literal with a NUL, if any. */
function literalWithNul(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || !node.value.includes(NUL)) return;
      const holder = [...ancestors, parent].reverse().find((a): a is ASTNode => !Array.isArray(a) && ((a as ASTNode).kind === Kind.ARGUMENT || (a as ASTNode).kind === Kind.OBJECT_FIELD));
      found = holder && "name" in holder && holder.name ? holder.name.value : "a string literal";
    },
  });
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
          const variable = Object.entries(request.variables ?? {}).find(([name, value]) => name.includes(NUL) || containsNul(value))?.[0];
          const field = variable !== undefined ? `$${variable}` : literalWithNul(document);
          if (field === null) return;
          throw new GraphQLError(`Text must not contain the NUL character (\\u0000), got it in ${field}`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } },
          });
        },
      };
    },
  };
}

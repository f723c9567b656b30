import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import { cached } from "../core/cached";
import { ErrorCode } from "../core/errors";
import { unstorableCharacter, unstorableMessage, type Unstorable } from "../core/input/storable-text";
import type { Context } from "../graphql/context";
import { LIMIT_VARIABLES } from "./limits";
import { scanVariables, type VariableFinding } from "./variable-scan";

/** Argument and input-field names from the operation down to a node: "filter.search". */
function argumentPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string[] {
  return ancestors
    .filter((a): a is ASTNode => !Array.isArray(a))
    .filter((a) => a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)
    .map((a) => ("name" in a && a.name ? a.name.value : ""));
}

interface Culprit {
  /** "filter.countries", or "$f" for a variable the operation never uses. */
  field: string;
  finding: { kind: "depth" } | { kind: "text"; character: Unstorable };
}

/** The first string literal with an unstorable character, or the first use of the variable a finding is about. */
function culprit(document: DocumentNode, variables: VariableFinding | null): Culprit | null {
  let found: Culprit | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const character = found === null ? unstorableCharacter(node.value) : null;
      if (character) found = { field: argumentPath([...ancestors, parent as ASTNode]).join(".") || "a string literal", finding: { kind: "text", character } };
    },
    Variable(node, _key, parent, _path, ancestors) {
      if (found !== null || !variables || node.name.value !== variables.variable) return;
      if (parent === undefined || (parent as ASTNode).kind === Kind.VARIABLE_DEFINITION) return;
      found = { field: [...argumentPath([...ancestors, parent as ASTNode]), ...variables.path].join("."), finding: variables };
    },
  });
  // A variable that the operation never uses.
  if (found === null && variables) found = { field: `$${variables.variable}`, finding: variables };
  return found;
}

function message({ field, finding }: Culprit, maxVariableDepth: number): string {
  if (finding.kind === "depth") {
    return `The value of ${field} nests lists and objects more than ${maxVariableDepth} levels deep; at most ${maxVariableDepth} are accepted (the variable depth limit, ${LIMIT_VARIABLES.maxVariableDepth})`;
  }
  return unstorableMessage(field, finding.character);
}

/**
 * Refuses, before the operation runs, what no argument may hold: variables nested deeper than
 * `maxVariableDepth` (walked without recursion), and text with a NUL (which PostgreSQL cannot
 * store: a statement bound with one fails inside the driver) or a lone surrogate (which the driver
 * would store as U+FFFD). BAD_USER_INPUT naming the argument, whether the text came as a literal
 * or in a variable; never an internal error.
 */
export function createInputGuardPlugin(maxVariableDepth: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          assertStorableInput(document, request.variables ?? {}, maxVariableDepth);
        },
      };
    },
  };
}

// Whether a document's own literals hold what no argument may: worked out once per parsed document
// (Apollo keeps the parsed documents it has seen), not on every request that sends it again.
const literalCulprits = new WeakMap<DocumentNode, Culprit | null>();

function literalCulprit(document: DocumentNode): Culprit | null {
  return cached(literalCulprits, document, () => culprit(document, null));
}

/** The same check for an operation run in-process (`peaceops query --variables`). */
export function assertStorableInput(document: DocumentNode, variables: Record<string, unknown>, maxVariableDepth: number): void {
  const inVariables = scanVariables(variables, maxVariableDepth);
  if (inVariables === null && literalCulprit(document) === null) return;
  const found = culprit(document, inVariables);
  if (found === null) return;
  throw new GraphQLError(message(found, maxVariableDepth), {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: found.field, http: { status: 400 } },
  });
}

import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { resolvers } from "./resolvers";
import { authChecker } from "./auth-checker";
import { Node } from "./schema/common/node.interface";
import { leanResolvers } from "./lean-resolvers";
import "./schema/common/enums";

let schema: GraphQLSchema | null = null;

/** The executable schema, built once per process from the decorated classes. */
export function buildPeaceopsSchema(): GraphQLSchema {
  schema ??= leanResolvers(
    buildSchemaSync({
    resolvers: [...resolvers],
    orphanedTypes: [Node],
    authChecker,
    authMode: "error",
    validate: false,
    emitSchemaFile: false,
    }),
  );
  return schema;
}

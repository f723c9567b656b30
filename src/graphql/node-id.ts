import type { GraphQLFieldResolver } from "graphql";
import { NODE_TYPES, type NodeTypeName } from "../core/model/node-types";
import { toGlobalId } from "./schema/common/global-id";

/** A row of a Node type as the core's reads return it: known by its primary key alone. */
interface KeyedRow {
  pk: string | number;
}

/**
 * The resolver of `id` on the Node type `typeName`: the Relay global id of the row's `pk`. Ids are
 * made here, at the GraphQL edge, and only for the rows whose `id` a query selects; synchronous and
 * without the resolve info, so it costs one call.
 */
export function nodeIdResolver(typeName: string): GraphQLFieldResolver<KeyedRow, unknown, unknown, string> {
  if (!(NODE_TYPES as readonly string[]).includes(typeName)) throw new Error(`${typeName} implements Node but is not one of NODE_TYPES`);
  const type = typeName as NodeTypeName;
  return (row) => toGlobalId(type, row.pk);
}

import { isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { Role } from "../core/auth/roles";
import { PRELOADED, type WithPreloaded } from "../core/reads/preloaded";
import { hasRole, requireRole } from "../core/policy";
import type { Context } from "./context";
import { nodeIdResolver } from "./node-id";

/** Marks a resolver that checks its field's `requiredRole` itself (a test walks the schema for it). */
export const CHECKS_ROLE: unique symbol = Symbol("peaceops.checksRole");

type Resolver = GraphQLFieldResolver<unknown, Context> & { [CHECKS_ROLE]?: Role };

function requiredRole(extensions: unknown): Role | undefined {
  return (extensions as { requiredRole?: Role } | undefined)?.requiredRole;
}

/**
 * The execution path of the built schema, made lean without changing an answer:
 * - a field guarded with `@Guard(role)` checks the caller's role synchronously before anything
 *   else (the same check, `requireRole`, with the same errors as type-graphql's `@Authorized`,
 *   without its async middleware chain on every call);
 * - a field whose value a read has already loaded (reads/preloaded.ts) answers it without calling
 *   its resolver, after that check;
 * - a plain property field (no resolver, no guard, no middleware) is read by graphql-js's default
 *   resolver instead of type-graphql's wrapper;
 * - the `id` of a type that implements Node is the global id of its row's `pk` (node-id.ts): rows
 *   come from the core without one.
 * Types guarded as a whole (`@Guard` on the class) keep type-graphql's resolvers as they are.
 */
export function leanResolvers(schema: GraphQLSchema): GraphQLSchema {
  // Rows reached through `node(id)` carry their type's name; type-graphql's wrapper of the
  // interface's resolveType answers with a promise, which a compiled query does not wait for.
  const node = schema.getType("Node");
  if (isInterfaceType(node)) node.resolveType = (value) => (value as { __typename?: string } | null)?.__typename;
  const storage = getMetadataStorage();
  const root = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const meta = storage.objectTypes.find((o) => o.name === type.name);
    // Root fields and the fields of a type guarded as a whole keep their resolvers (and the type's
    // guard); a field guard of their own is added in front.
    const keep = root.has(type) || meta === undefined || requiredRole(type.extensions) !== undefined;
    const resolved = new Set(storage.fieldResolvers.filter((r) => r.getObjectType?.() === meta?.target).map((r) => r.schemaName));
    const id = type.getInterfaces().some((i) => i.name === "Node") ? nodeIdResolver(type.name) : undefined;
    for (const field of Object.values(type.getFields())) {
      const role = requiredRole(field.extensions);
      if (id && field.name === "id") {
        // Replaces type-graphql's resolver: a type guarded as a whole keeps its guard on the id.
        const guard = role ?? requiredRole(type.extensions);
        field.resolve = guard ? lean(id as GraphQLFieldResolver<unknown, Context>, guard) : id;
        continue;
      }
      if (keep) {
        if (role) field.resolve = lean(field.resolve, role);
        continue;
      }
      const declared = meta!.fields?.find((f) => f.schemaName === field.name);
      const plain =
        !resolved.has(field.name) && !role && declared !== undefined && declared.name === field.name && !declared.middlewares?.length && !declared.roles?.length;
      field.resolve = plain ? undefined : lean(field.resolve, role);
    }
  }
  return schema;
}

function lean(original: GraphQLFieldResolver<unknown, Context> | undefined, role: Role | undefined): Resolver {
  const next: GraphQLFieldResolver<unknown, Context> =
    original ?? ((source, _args, _ctx, info) => (source as Record<string, unknown> | null)?.[info.fieldName]);
  const roles = role ? [role] : [];
  const resolve: Resolver = (source, args, ctx, info) => {
    // hasRole is a lookup in the caller's granted roles, worked out once per request; requireRole
    // is only reached to throw its error.
    if (role && !hasRole(ctx.caller, role)) requireRole(ctx.caller, roles);
    const preloaded = (source as WithPreloaded | null)?.[PRELOADED]?.[info.fieldName];
    if (preloaded !== undefined) {
      const key = info.path.key as string;
      if (key in preloaded) return preloaded[key];
    }
    return next(source, args, ctx, info);
  };
  if (role) resolve[CHECKS_ROLE] = role;
  return resolve;
}

import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from "graphql";
import { collectSubfields } from "graphql/execution/collectFields";
import type { Role } from "../core/auth/roles";
import { cached } from "../core/cached";
import type { PagePlan, ReadPlan } from "../core/model/read-plan";
import { relationOf } from "../core/reads/relations";
import { hasRole, type Caller } from "../core/policy";
import type { Context } from "./context";

/**
 * Translates what a GraphQL field selects into the read plan of its rows (reads/plan.ts): every
 * selected field that `reads/relations.ts` declares becomes an include, with its own selection in
 * turn, so the rows and their relations come back in one statement. Fragments, aliases and
 * @skip/@include are resolved by graphql-js's own field collection. A relation the caller may not
 * read is left out (its guard answers as before); everything else is read by its own resolver.
 */

type Subfields = Map<string, ReadonlyArray<FieldNode>>;

/**
 * Off, every field is read by its own resolver and loaders, as before plans existed, and every
 * nested page counts its total: `PEACEOPS_READ_PLANS=off` (set by `serve`, for comparing the two
 * paths; the tests check that they answer alike).
 */
export const readPlans = { enabled: true };

const NO_PLAN: PagePlan = Object.freeze({ fields: null, include: Object.freeze({}), totalCount: true }) as PagePlan;

function requiredRole(extensions: unknown): Role | undefined {
  return (extensions as { requiredRole?: Role } | undefined)?.requiredRole;
}

function subfields(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: ReadonlyArray<FieldNode>): Subfields {
  return collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
}

function objectPlan(info: GraphQLResolveInfo, caller: Caller, type: GraphQLObjectType, nodes: ReadonlyArray<FieldNode>): ReadPlan {
  const include: ReadPlan["include"] = {};
  const read = new Set<string>();
  const fields = type.getFields();
  for (const [key, fieldNodes] of subfields(info, type, nodes)) {
    const name = fieldNodes[0]!.name.value;
    read.add(name);
    if (!relationOf(type.name, name)) continue;
    const field = fields[name]!;
    const role = requiredRole(field.extensions) ?? requiredRole(type.extensions);
    if (role && !hasRole(caller, role)) continue;
    const target = getNamedType(field.type);
    if (!isObjectType(target)) continue;
    include[key] = { relation: name, plan: objectPlan(info, caller, target, fieldNodes) };
  }
  return { fields: [...read], include };
}

// Sibling calls of one field (the same field of every row of a list) share their field nodes, so
// the plan is worked out once per field and request. The cache is the request's own: a compiled
// query shares its field nodes across requests, whose callers and variables differ.
function planOnce<P>(ctx: Context, nodes: ReadonlyArray<FieldNode>, make: () => P): P {
  return cached(ctx.plans, nodes, make) as P;
}

/** The plan of a field that returns rows of a type (one, a list, or null). */
export function selectionPlan(info: GraphQLResolveInfo, ctx: Context): ReadPlan {
  if (!readPlans.enabled) return NO_PLAN;
  return planOnce(ctx, info.fieldNodes, () => {
    const type = getNamedType(info.returnType);
    return isObjectType(type) ? objectPlan(info, ctx.caller, type, info.fieldNodes) : NO_PLAN;
  });
}

/** The plan of a field that returns a connection: its nodes' plan, and whether totalCount is read. */
export function connectionPlan(info: GraphQLResolveInfo, ctx: Context): PagePlan {
  if (!readPlans.enabled) return NO_PLAN;
  const caller = ctx.caller;
  return planOnce(ctx, info.fieldNodes, (): PagePlan => {
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    let totalCount = false;
    const include: ReadPlan["include"] = {};
    const fields = new Set<string>();
    for (const [, nodes] of subfields(info, connection, info.fieldNodes)) {
      const name = nodes[0]!.name.value;
      if (name === "totalCount") totalCount = true;
      if (name !== "edges") continue;
      const edge = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
      for (const [, edgeNodes] of subfields(info, edge, nodes)) {
        if (edgeNodes[0]!.name.value !== "node") continue;
        const node = getNamedType(edge.getFields().node!.type) as GraphQLObjectType;
        // Several response keys for `node` (aliases) each add their fields and includes to the one row.
        const nodePlan = objectPlan(info, caller, node, edgeNodes);
        Object.assign(include, nodePlan.include);
        for (const f of nodePlan.fields!) fields.add(f);
      }
    }
    return { fields: [...fields], include, totalCount };
  });
}

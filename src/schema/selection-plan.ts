import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from "graphql";
import { collectSubfields } from "graphql/execution/collectFields";
import type { Role } from "../auth/roles";
import type { PagePlan, ReadPlan } from "../reads/plan";
import { relationOf } from "../reads/relations";
import { hasRole } from "../server/auth-checker";
import type { Caller } from "../server/context";

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
 * nested page counts its total: `PEACEOPS_READ_PLANS=off` (for comparing the two paths; the tests
 * check that they answer alike).
 */
export const readPlans = { enabled: process.env.PEACEOPS_READ_PLANS !== "off" };

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
// the plan is worked out once per field and request.
const objectPlans = new WeakMap<ReadonlyArray<FieldNode>, ReadPlan>();
const pagePlans = new WeakMap<ReadonlyArray<FieldNode>, PagePlan>();

/** The plan of a field that returns rows of a type (one, a list, or null). */
export function selectionPlan(info: GraphQLResolveInfo, caller: Caller): ReadPlan {
  if (!readPlans.enabled) return NO_PLAN;
  let plan = objectPlans.get(info.fieldNodes);
  if (!plan) {
    const type = getNamedType(info.returnType);
    plan = isObjectType(type) ? objectPlan(info, caller, type, info.fieldNodes) : NO_PLAN;
    objectPlans.set(info.fieldNodes, plan);
  }
  return plan;
}

/** The plan of a field that returns a connection: its nodes' plan, and whether totalCount is read. */
export function connectionPlan(info: GraphQLResolveInfo, caller: Caller): PagePlan {
  if (!readPlans.enabled) return NO_PLAN;
  let plan = pagePlans.get(info.fieldNodes);
  if (!plan) {
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
    plan = { fields: [...fields], include, totalCount };
    pagePlans.set(info.fieldNodes, plan);
  }
  return plan;
}

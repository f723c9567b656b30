import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { UserInputError } from "../../core/errors";
import { deploymentRequestsByIds } from "../../core/repositories/deployment-request.repository";
import { deploymentsByIds } from "../../core/repositories/deployment.repository";
import { trainingDeliveriesByIds } from "../../core/repositories/training.repository";
import { unContributionsByIds } from "../../core/repositories/un-contribution.repository";
import { milestonesByIds, targetsByIds } from "../../core/repositories/wps.repository";
import type { NodeTypeName } from "../../core/model/node-types";
import { fromGlobalId, isSerialKey } from "../schema/common/global-id";
import { Node } from "../schema/common/node.interface";
import { requireRole } from "../../core/policy";
import { createLoaders } from "../../core/loaders";
import type { Context } from "../context";

type Fetch = (ctx: Context, pk: number) => Promise<unknown>;

const first = (rows: unknown[]) => rows[0] ?? null;

// node(id) returns an interface, so its guard is here: the types that identify officers need the
// role their own queries need, checked before anything is read (a test walks this list).
export const NODE_TYPE_ROLES: Partial<Record<NodeTypeName, "ANALYST">> = { Officer: "ANALYST", Deployment: "ANALYST" };

// Integer-keyed types; Country is keyed by its ISO3 code.
const FETCH: Record<Exclude<NodeTypeName, "Country">, Fetch> = {
  Organization: (ctx, pk) => ctx.loaders.organizationById.load(pk),
  Mission: (ctx, pk) => ctx.loaders.missionById.load(pk),
  PoliceService: (ctx, pk) => ctx.loaders.policeServiceById.load(pk),
  Officer: (ctx, pk) => ctx.loaders.officerById.load(pk),
  Role: (ctx, pk) => ctx.loaders.roleById.load(pk),
  SpecializedTeam: (ctx, pk) => ctx.loaders.teamById.load(pk),
  TrainingTopic: (ctx, pk) => ctx.loaders.topicById.load(pk),
  WpsIndicator: (ctx, pk) => ctx.loaders.indicatorById.load(pk),
  DeploymentRequest: async (ctx, pk) => first(await deploymentRequestsByIds(ctx.reads, [pk])),
  Deployment: async (ctx, pk) => first(await deploymentsByIds(ctx.reads, [pk])),
  TrainingDelivery: async (ctx, pk) => first(await trainingDeliveriesByIds(ctx.reads, [pk])),
  WpsMilestone: async (ctx, pk) => first(await milestonesByIds(ctx.reads, [pk])),
  WpsTarget: async (ctx, pk) => first(await targetsByIds(ctx.reads, [pk])),
  UnContribution: async (ctx, pk) => first(await unContributionsByIds(ctx.reads, [pk])),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null if it does not exist. Officers and deployments need an ANALYST key, as in their own queries." })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<unknown> {
    const { type, key } = fromGlobalId(id);
    const role = NODE_TYPE_ROLES[type];
    if (role) requireRole(ctx.caller, [role]);
    const found = type === "Country" ? await ctx.loaders.countryByIso3.load(key) : await fetchInt(type, key, ctx);
    // The interface's resolveType needs to know the concrete type of a plain row.
    return found ? { ...(found as object), __typename: type } : null;
  }
}

function fetchInt(type: Exclude<NodeTypeName, "Country">, key: string, ctx: Context): Promise<unknown> {
  if (!isSerialKey(key)) throw new UserInputError(`id is not a valid ${type} id`, "id");
  return FETCH[type](ctx, Number(key));
}

/** An object as it is now, read from the primary past the request's loader cache (a mutation's read-back). */
export function fetchFresh(ctx: Context, type: Exclude<NodeTypeName, "Country">, pk: number): Promise<unknown> {
  return FETCH[type]({ ...ctx, loaders: createLoaders(ctx.primary) }, pk);
}

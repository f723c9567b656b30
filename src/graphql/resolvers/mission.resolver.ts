import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { listPage } from "./list-page";
import { rowShape } from "../../core/reads/includes";
import { connectionPlan, selectionPlan } from "../selection-plan";
import { Guard } from "../schema/common/guard";
import { UserInputError } from "../../core/errors";
import { missionByCode, missionList, toMission } from "../../core/repositories/mission.repository";
import { decodeIntId } from "../schema/common/global-id";
import { Country } from "../schema/country.type";
import { DeploymentsArgs } from "../schema/deployment.args";
import { MissionsArgs } from "../schema/mission.args";
import { Mission } from "../schema/mission.type";
import type { MissionRow } from "../../core/model/mission";
import { DeploymentConnection, MissionConnection } from "../schema/connections";
import { Organization } from "../schema/organization.type";
import { SpecializedTeam } from "../schema/specialized-team.type";
import type { Context } from "../context";

@Resolver(() => Mission)
export class MissionResolver {
  @Query(() => MissionConnection, { description: "Missions (reference data, real), filtered and sorted." })
  missions(@Args() args: MissionsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "Mission", missionList, args, toMission);
  }

  @Query(() => Mission, { nullable: true, description: "One mission by global id or by code (exactly one of them); null if none." })
  async mission(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { nullable: true }) id?: string | null,
    @Arg("code", () => String, { nullable: true }) code?: string | null,
  ): Promise<MissionRow | null> {
    if ((id == null) === (code == null)) throw new UserInputError("Give exactly one of id and code", id == null ? "code" : "id");
    if (id != null) return ctx.loaders.missionById.load(decodeIntId(id, "Mission"));
    return missionByCode(ctx.reads, code!, rowShape("Mission", selectionPlan(info, ctx), toMission));
  }

  @FieldResolver(() => Organization)
  async leadOrganization(@Root() mission: Mission, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(mission.leadOrganizationId);
  }

  @FieldResolver(() => [Country], { description: "Host countries; empty for a UN mission not yet completed after an import." })
  hostCountries(@Root() mission: Mission, @Ctx() ctx: Context) {
    return ctx.loaders.hostCountriesByMissionId.load(mission.pk);
  }

  @FieldResolver(() => [SpecializedTeam])
  specializedTeams(@Root() mission: Mission, @Ctx() ctx: Context) {
    return ctx.loaders.teamsByMissionId.load(mission.pk);
  }

  @Guard("ANALYST")
  @FieldResolver(() => DeploymentConnection, { nullable: true, description: "Deployments in this mission; ANALYST (synthetic in the demo database)." })
  deployments(@Root() mission: Mission, @Args() args: DeploymentsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.deploymentsByMissionId({ args: { ...args }, plan: connectionPlan(info, ctx) }).load(mission.pk);
  }
}

import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import { rowShape } from "../reads/includes";
import { connectionPlan } from "../schema/selection-plan";
import { listConnection } from "../repositories/list";
import { specializedTeamList, toSpecializedTeam } from "../repositories/specialized-team.repository";
import { SpecializedTeamConnection } from "../schema/connections";
import { Mission } from "../schema/mission.type";
import { SpecializedTeamsArgs } from "../schema/specialized-team.args";
import { SpecializedTeam } from "../schema/specialized-team.type";
import type { Context } from "../server/context";

@Resolver(() => SpecializedTeam)
export class SpecializedTeamResolver {
  @Query(() => SpecializedTeamConnection, { description: "Specialized teams (SYNTHETIC in the demo database; see `source`)." })
  specializedTeams(@Args() args: SpecializedTeamsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listConnection(ctx.reads, specializedTeamList, args, rowShape("SpecializedTeam", connectionPlan(info, ctx.caller), toSpecializedTeam));
  }

  @FieldResolver(() => Mission)
  mission(@Root() team: SpecializedTeam, @Ctx() ctx: Context) {
    return ctx.loaders.missionById.load(team.missionId);
  }
}

import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import { listPage } from "./list-page";
import { specializedTeamList, toSpecializedTeam } from "../../core/repositories/specialized-team.repository";
import { SpecializedTeamConnection } from "../schema/connections";
import { Mission } from "../schema/mission.type";
import { SpecializedTeamsArgs } from "../schema/specialized-team.args";
import { SpecializedTeam } from "../schema/specialized-team.type";
import type { Context } from "../context";

@Resolver(() => SpecializedTeam)
export class SpecializedTeamResolver {
  @Query(() => SpecializedTeamConnection, { description: "Specialized teams (SYNTHETIC in the demo database; see `source`)." })
  specializedTeams(@Args() args: SpecializedTeamsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "SpecializedTeam", specializedTeamList, args, toSpecializedTeam);
  }

  @FieldResolver(() => Mission)
  mission(@Root() team: SpecializedTeam, @Ctx() ctx: Context) {
    return ctx.loaders.missionById.load(team.missionId);
  }
}

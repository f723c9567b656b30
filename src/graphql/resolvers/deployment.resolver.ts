import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { listPage } from "./list-page";
import { Guard } from "../schema/common/guard";
import { deploymentList, toDeployment } from "../../core/repositories/deployment.repository";
import { DeploymentConnection } from "../schema/connections";
import { DeploymentsArgs } from "../schema/deployment.args";
import { Deployment } from "../schema/deployment.type";
import { Mission } from "../schema/mission.type";
import { Officer } from "../schema/officer.type";
import { Role } from "../schema/role.type";
import { SpecializedTeam } from "../schema/specialized-team.type";
import type { Context } from "../context";

@Resolver(() => Deployment)
export class DeploymentResolver {
  @Guard("ANALYST")
  @Query(() => DeploymentConnection, { nullable: true, description: "Deployments of the register; ANALYST (SYNTHETIC in the demo database; see `source`)." })
  deployments(@Args() args: DeploymentsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "Deployment", deploymentList, args, toDeployment);
  }

  @Guard("ANALYST")
  @FieldResolver(() => Officer, { nullable: true })
  officer(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.officerById.load(d.officerId);
  }

  @Guard("ANALYST")
  @FieldResolver(() => Mission, { nullable: true })
  mission(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.missionById.load(d.missionId);
  }

  @Guard("ANALYST")
  @FieldResolver(() => Role, { nullable: true })
  role(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.roleById.load(d.roleId);
  }

  @Guard("ANALYST")
  @FieldResolver(() => SpecializedTeam, { nullable: true })
  team(@Root() d: Deployment, @Ctx() ctx: Context) {
    return d.teamId === null ? null : ctx.loaders.teamById.load(d.teamId);
  }
}

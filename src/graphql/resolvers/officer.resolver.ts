import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { listPage } from "./list-page";
import { rowShape } from "../../core/reads/includes";
import { connectionPlan, selectionPlan } from "../selection-plan";
import { UserInputError } from "../../core/errors";
import { officerByPersonnelNumber, officerList, toOfficer } from "../../core/repositories/officer.repository";
import { decodeIntId } from "../schema/common/global-id";
import { Guard } from "../schema/common/guard";
import { DeploymentConnection, OfficerConnection } from "../schema/connections";
import { DeploymentsArgs } from "../schema/deployment.args";
import { OfficersArgs } from "../schema/officer.args";
import { Officer } from "../schema/officer.type";
import type { OfficerRow } from "../../core/model/officer";
import { PoliceService } from "../schema/police-service.type";
import type { Context } from "../context";

@Resolver(() => Officer)
export class OfficerResolver {
  @Guard("ANALYST")
  @Query(() => OfficerConnection, { nullable: true, description: "Officers of the register; ANALYST (SYNTHETIC in the demo database; see `source`)." })
  officers(@Args() args: OfficersArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "Officer", officerList, args, toOfficer);
  }

  @Guard("ANALYST")
  @Query(() => Officer, { nullable: true, description: "ANALYST. One officer by global id or personnel number (exactly one); null if none." })
  async officer(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { nullable: true }) id?: string | null,
    @Arg("personnelNumber", () => String, { nullable: true }) personnelNumber?: string | null,
  ): Promise<OfficerRow | null> {
    if ((id == null) === (personnelNumber == null)) {
      throw new UserInputError("Give exactly one of id and personnelNumber", id == null ? "personnelNumber" : "id");
    }
    if (id != null) return ctx.loaders.officerById.load(decodeIntId(id, "Officer"));
    return officerByPersonnelNumber(ctx.reads, personnelNumber!, rowShape("Officer", selectionPlan(info, ctx), toOfficer));
  }

  @Guard("ANALYST")
  @FieldResolver(() => PoliceService, { nullable: true })
  policeService(@Root() officer: Officer, @Ctx() ctx: Context) {
    return ctx.loaders.policeServiceById.load(officer.policeServiceId);
  }

  @Guard("ANALYST")
  @FieldResolver(() => DeploymentConnection, { nullable: true })
  deployments(@Root() officer: Officer, @Args() args: DeploymentsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.deploymentsByOfficerId({ args: { ...args }, plan: connectionPlan(info, ctx) }).load(officer.pk);
  }

  @Guard("ADMIN")
  @FieldResolver(() => String, { nullable: true, description: "Personal data: ADMIN only." })
  async givenName(@Root() officer: Officer, @Ctx() ctx: Context) {
    return (await ctx.loaders.officerNamesById.load(officer.pk))?.givenName ?? null;
  }

  @Guard("ADMIN")
  @FieldResolver(() => String, { nullable: true, description: "Personal data: ADMIN only." })
  async familyName(@Root() officer: Officer, @Ctx() ctx: Context) {
    return (await ctx.loaders.officerNamesById.load(officer.pk))?.familyName ?? null;
  }
}

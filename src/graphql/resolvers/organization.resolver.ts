import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Query, Resolver, Info } from "type-graphql";
import { listPage } from "./list-page";
import { organizationByCode, organizationList, toOrganization } from "../../core/repositories/organization.repository";
import { OrganizationConnection } from "../schema/connections";
import { OrganizationsArgs } from "../schema/organization.args";
import { Organization } from "../schema/organization.type";
import type { Context } from "../context";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: "Organizations that lead missions or request police (reference data, real)." })
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "Organization", organizationList, args, toOrganization);
  }

  @Query(() => Organization, { nullable: true, description: "One organization by code; null if none." })
  organization(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    return organizationByCode(ctx.reads, code);
  }
}

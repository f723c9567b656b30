import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Query, Resolver, Info } from "type-graphql";
import { listPage } from "./list-page";
import { roleList, toRole } from "../../core/repositories/role.repository";
import { RoleConnection } from "../schema/connections";
import { RolesArgs } from "../schema/role.args";
import { Role } from "../schema/role.type";
import type { Context } from "../context";

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => RoleConnection, { description: "Roles officers hold on deployment (reference data)." })
  roles(@Args() args: RolesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "Role", roleList, args, toRole);
  }
}

import { Args, Ctx, Query, Resolver } from "type-graphql";
import { listConnection } from "../repositories/list";
import { roleList, toRole } from "../repositories/role.repository";
import { RoleConnection } from "../schema/connections";
import { RolesArgs } from "../schema/role.args";
import { Role } from "../schema/role.type";
import type { Context } from "../server/context";

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => RoleConnection, { description: "Roles officers hold on deployment (reference data)." })
  roles(@Args() args: RolesArgs, @Ctx() ctx: Context) {
    return listConnection(ctx.reads, roleList, args, toRole);
  }
}

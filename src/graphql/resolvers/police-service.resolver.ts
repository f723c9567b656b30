import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Query, Resolver, Info } from "type-graphql";
import { listPage } from "./list-page";
import { policeServiceList, toPoliceService } from "../../core/repositories/police-service.repository";
import { PoliceServiceConnection } from "../schema/connections";
import { PoliceServicesArgs } from "../schema/police-service.args";
import { PoliceService } from "../schema/police-service.type";
import type { Context } from "../context";

@Resolver(() => PoliceService)
export class PoliceServiceResolver {
  @Query(() => PoliceServiceConnection, { description: "Canadian police services officers come from (reference data, real)." })
  policeServices(@Args() args: PoliceServicesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "PoliceService", policeServiceList, args, toPoliceService);
  }
}

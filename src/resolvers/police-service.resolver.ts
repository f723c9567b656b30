import { Args, Ctx, Query, Resolver } from "type-graphql";
import { listConnection } from "../repositories/list";
import { policeServiceList, toPoliceService } from "../repositories/police-service.repository";
import { PoliceServiceConnection } from "../schema/connections";
import { PoliceServicesArgs } from "../schema/police-service.args";
import { PoliceService } from "../schema/police-service.type";
import type { Context } from "../server/context";

@Resolver(() => PoliceService)
export class PoliceServiceResolver {
  @Query(() => PoliceServiceConnection, { description: "Canadian police services officers come from (reference data, real)." })
  policeServices(@Args() args: PoliceServicesArgs, @Ctx() ctx: Context) {
    return listConnection(ctx.reads, policeServiceList, args, toPoliceService);
  }
}

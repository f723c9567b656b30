import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import { listPage } from "./list-page";
import { deploymentRequestList, toDeploymentRequest } from "../../core/repositories/deployment-request.repository";
import { DeploymentRequestConnection } from "../schema/connections";
import { Country } from "../schema/country.type";
import { DeploymentRequestsArgs } from "../schema/deployment-request.args";
import { DeploymentRequest } from "../schema/deployment-request.type";
import { Mission } from "../schema/mission.type";
import { Organization } from "../schema/organization.type";
import type { Context } from "../context";

@Resolver(() => DeploymentRequest)
export class DeploymentRequestResolver {
  @Query(() => DeploymentRequestConnection, { description: "Requests for Canadian police (SYNTHETIC in the demo database; see `source`)." })
  deploymentRequests(@Args() args: DeploymentRequestsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "DeploymentRequest", deploymentRequestList, args, toDeploymentRequest);
  }

  @FieldResolver(() => Mission)
  mission(@Root() r: DeploymentRequest, @Ctx() ctx: Context) {
    return ctx.loaders.missionById.load(r.missionId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The requesting organization, when an organization asked." })
  requestedByOrganization(@Root() r: DeploymentRequest, @Ctx() ctx: Context) {
    return r.requestedByOrganizationId === null ? null : ctx.loaders.organizationById.load(r.requestedByOrganizationId);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The requesting country, when a country asked." })
  requestedByCountry(@Root() r: DeploymentRequest, @Ctx() ctx: Context) {
    return r.requestedByCountryIso3 === null ? null : ctx.loaders.countryByIso3.load(r.requestedByCountryIso3);
  }
}

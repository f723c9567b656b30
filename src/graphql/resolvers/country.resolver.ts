import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import { listPage } from "./list-page";
import { countryList, toCountry } from "../../core/repositories/country.repository";
import { CountryConnection } from "../schema/connections";
import { CountriesArgs } from "../schema/country.args";
import { Country } from "../schema/country.type";
import { Mission } from "../schema/mission.type";
import type { Context } from "../context";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: "Countries (ISO 3166-1 plus Kosovo; reference data, real)." })
  countries(@Args() args: CountriesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "Country", countryList, args, toCountry);
  }

  @Query(() => Country, { nullable: true, description: "One country by ISO 3166-1 alpha-3 code; null if none." })
  country(@Arg("iso3", () => String) iso3: string, @Ctx() ctx: Context) {
    return ctx.loaders.countryByIso3.load(iso3);
  }

  @FieldResolver(() => [Mission], { description: "Missions this country hosts, by start date." })
  missions(@Root() country: Country, @Ctx() ctx: Context) {
    return ctx.loaders.missionsByCountryIso3.load(country.iso3);
  }
}

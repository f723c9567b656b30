import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";

import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { CountryOrderField, type CountryFilter as CountryFilterShape } from "../../core/model/country";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class CountryFilter implements CountryFilterShape {
  @Field(() => [String], { nullable: true, description: "UN M49 regions." })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "UN M49 sub-regions." })
  subregions?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in name or code." })
  search?: string | null;
}

registerEnumType(CountryOrderField, { name: "CountryOrderField" });

export const CountryOrder = OrderInput<CountryOrderField>("Country", CountryOrderField);
export type CountryOrder = Order<CountryOrderField>;

@ArgsType()
export class CountriesArgs extends ConnectionArgs {
  @Field(() => CountryFilter, { nullable: true })
  filter?: CountryFilter | null;

  @Field(() => [CountryOrder], { nullable: true, description: "Sort keys in order; default: ISO3 ascending." })
  orderBy?: CountryOrder[] | null;
}

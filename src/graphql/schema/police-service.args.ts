import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { Jurisdiction } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { PoliceServiceOrderField, type PoliceServiceFilter as PoliceServiceFilterShape } from "../../core/model/police-service";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class PoliceServiceFilter implements PoliceServiceFilterShape {
  @Field(() => [Jurisdiction], { nullable: true })
  jurisdictions?: Jurisdiction[] | null;

  @Field(() => [String], { nullable: true })
  provinces?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in code or name." })
  search?: string | null;
}

registerEnumType(PoliceServiceOrderField, { name: "PoliceServiceOrderField" });

export const PoliceServiceOrder = OrderInput<PoliceServiceOrderField>("PoliceService", PoliceServiceOrderField);
export type PoliceServiceOrder = Order<PoliceServiceOrderField>;

@ArgsType()
export class PoliceServicesArgs extends ConnectionArgs {
  @Field(() => PoliceServiceFilter, { nullable: true })
  filter?: PoliceServiceFilter | null;

  @Field(() => [PoliceServiceOrder], { nullable: true, description: "Sort keys in order; default: CODE ascending." })
  orderBy?: PoliceServiceOrder[] | null;
}

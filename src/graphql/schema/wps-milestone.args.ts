import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";

import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { WpsMilestoneOrderField, type WpsMilestoneFilter as WpsMilestoneFilterShape } from "../../core/model/wps-milestone";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class WpsMilestoneFilter implements WpsMilestoneFilterShape {
  @Field(() => [String], { nullable: true, description: "ISO3 codes." })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [String], { nullable: true })
  categories?: string[] | null;
}

registerEnumType(WpsMilestoneOrderField, { name: "WpsMilestoneOrderField" });

export const WpsMilestoneOrder = OrderInput<WpsMilestoneOrderField>("WpsMilestone", WpsMilestoneOrderField);
export type WpsMilestoneOrder = Order<WpsMilestoneOrderField>;

@ArgsType()
export class WpsMilestonesArgs extends ConnectionArgs {
  @Field(() => WpsMilestoneFilter, { nullable: true })
  filter?: WpsMilestoneFilter | null;

  @Field(() => [WpsMilestoneOrder], { nullable: true, description: "Sort keys in order; default: DATE ascending." })
  orderBy?: WpsMilestoneOrder[] | null;
}

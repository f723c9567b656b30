import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { IndicatorSource } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { WpsIndicatorOrderField, type WpsIndicatorFilter as WpsIndicatorFilterShape } from "../../core/model/wps-indicator";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class WpsIndicatorFilter implements WpsIndicatorFilterShape {
  @Field(() => [IndicatorSource], { nullable: true })
  sources?: IndicatorSource[] | null;
}

registerEnumType(WpsIndicatorOrderField, { name: "WpsIndicatorOrderField" });

export const WpsIndicatorOrder = OrderInput<WpsIndicatorOrderField>("WpsIndicator", WpsIndicatorOrderField);
export type WpsIndicatorOrder = Order<WpsIndicatorOrderField>;

@ArgsType()
export class WpsIndicatorsArgs extends ConnectionArgs {
  @Field(() => WpsIndicatorFilter, { nullable: true })
  filter?: WpsIndicatorFilter | null;

  @Field(() => [WpsIndicatorOrder], { nullable: true, description: "Sort keys in order; default: CODE ascending." })
  orderBy?: WpsIndicatorOrder[] | null;
}

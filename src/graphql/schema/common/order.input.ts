import { Field, InputType } from "type-graphql";
import type { Order } from "../../../core/model/paging";
import { OrderDirection } from "./order-direction.enum";

/** Builds `XOrder { field: XOrderField!, direction: OrderDirection = ASC }`. */
export function OrderInput<F extends string>(name: string, fieldEnum: object) {
  @InputType(`${name}Order`)
  class OrderClass implements Order<F> {
    @Field(() => fieldEnum)
    field!: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction!: OrderDirection;
  }
  return OrderClass;
}

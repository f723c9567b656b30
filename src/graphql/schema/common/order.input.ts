import { Field, InputType } from "type-graphql";
import { OrderDirection } from "./order-direction.enum";

export interface Order<F extends string> {
  field: F;
  direction: OrderDirection;
}

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

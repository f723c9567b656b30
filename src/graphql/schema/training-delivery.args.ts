import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { TrainingDeliveryOrderField, type TrainingDeliveryFilter as TrainingDeliveryFilterShape } from "../../core/model/training-delivery";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class TrainingDeliveryFilter implements TrainingDeliveryFilterShape {
  @Field(() => [String], { nullable: true, description: "Topic codes." })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Host country ISO3 codes." })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Deliveries starting on or after this date." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Deliveries starting on or before this date." })
  to?: string | null;

  @Field(() => Boolean, { nullable: true })
  femaleOnly?: boolean | null;
}

registerEnumType(TrainingDeliveryOrderField, { name: "TrainingDeliveryOrderField" });

export const TrainingDeliveryOrder = OrderInput<TrainingDeliveryOrderField>("TrainingDelivery", TrainingDeliveryOrderField);
export type TrainingDeliveryOrder = Order<TrainingDeliveryOrderField>;

@ArgsType()
export class TrainingDeliveriesArgs extends ConnectionArgs {
  @Field(() => TrainingDeliveryFilter, { nullable: true })
  filter?: TrainingDeliveryFilter | null;

  @Field(() => [TrainingDeliveryOrder], { nullable: true, description: "Sort keys in order; default: START_DATE ascending." })
  orderBy?: TrainingDeliveryOrder[] | null;
}

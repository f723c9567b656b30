import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";

import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { TrainingTopicOrderField, type TrainingTopicFilter as TrainingTopicFilterShape } from "../../core/model/training-topic";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class TrainingTopicFilter implements TrainingTopicFilterShape {
  @Field(() => [String], { nullable: true })
  themes?: string[] | null;
}

registerEnumType(TrainingTopicOrderField, { name: "TrainingTopicOrderField" });

export const TrainingTopicOrder = OrderInput<TrainingTopicOrderField>("TrainingTopic", TrainingTopicOrderField);
export type TrainingTopicOrder = Order<TrainingTopicOrderField>;

@ArgsType()
export class TrainingTopicsArgs extends ConnectionArgs {
  @Field(() => TrainingTopicFilter, { nullable: true })
  filter?: TrainingTopicFilter | null;

  @Field(() => [TrainingTopicOrder], { nullable: true, description: "Sort keys in order; default: CODE ascending." })
  orderBy?: TrainingTopicOrder[] | null;
}

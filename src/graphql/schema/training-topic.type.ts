import { Field, ObjectType } from "type-graphql";
import { Node } from "./common/node.interface";
import type { TrainingTopicRow } from "../../core/model/training-topic";

@ObjectType({ implements: Node, description: "A training topic and its theme (e.g. DOMESTIC_VIOLENCE_LEGISLATION -> DOMESTIC_VIOLENCE). Reference data." })
export class TrainingTopic extends Node implements TrainingTopicRow {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  theme!: string;
}

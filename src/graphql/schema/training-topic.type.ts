import { Field, ObjectType } from "type-graphql";
import { Node } from "./common/node.interface";

@ObjectType({ implements: Node, description: "A training topic and its theme (e.g. DOMESTIC_VIOLENCE_LEGISLATION -> DOMESTIC_VIOLENCE). Reference data." })
export class TrainingTopic extends Node {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  theme!: string;
}

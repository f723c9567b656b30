import { Field, ObjectType } from "type-graphql";
import { RoleCategory } from "./common/enums";
import { Node } from "./common/node.interface";

@ObjectType({ implements: Node, description: "A role an officer holds on deployment. Reference data." })
export class Role extends Node {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => RoleCategory)
  category!: RoleCategory;
}

import { Field, ObjectType } from "type-graphql";
import { RoleCategory } from "./common/enums";
import { Node } from "./common/node.interface";
import type { RoleRow } from "../../core/model/role";

@ObjectType({ implements: Node, description: "A role an officer holds on deployment. Reference data." })
export class Role extends Node implements RoleRow {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => RoleCategory)
  category!: RoleCategory;
}

import { Field, ObjectType } from "type-graphql";
import { OrganizationKind } from "./common/enums";
import { Node } from "./common/node.interface";

@ObjectType({ implements: Node, description: "An organization that leads missions or requests police (UN, EU, NATO, ...). Reference data, real." })
export class Organization extends Node {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;
}

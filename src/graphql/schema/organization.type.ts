import { Field, ObjectType } from "type-graphql";
import { OrganizationKind } from "./common/enums";
import { Node } from "./common/node.interface";
import type { OrganizationRow } from "../../core/model/organization";

@ObjectType({ implements: Node, description: "An organization that leads missions or requests police (UN, EU, NATO, ...). Reference data, real." })
export class Organization extends Node implements OrganizationRow {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;
}

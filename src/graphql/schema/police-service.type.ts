import { Field, ObjectType } from "type-graphql";
import { Jurisdiction } from "./common/enums";
import { Node } from "./common/node.interface";
import type { PoliceServiceRow } from "../../core/model/police-service";

@ObjectType({ implements: Node, description: "A Canadian police service that officers come from. Reference data, real." })
export class PoliceService extends Node implements PoliceServiceRow {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Jurisdiction)
  jurisdiction!: Jurisdiction;

  @Field(() => String, { nullable: true, description: "Two-letter province or territory code; null for federal." })
  province!: string | null;
}

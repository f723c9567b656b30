import { Field, Float, Int, ObjectType } from "type-graphql";
import { Node } from "./common/node.interface";
import type { WpsTargetRow } from "../../core/model/wps-target";

@ObjectType({ implements: Node, description: "A target value of an indicator for a year. Reference data, real." })
export class WpsTarget extends Node implements WpsTargetRow {
  pk!: number;
  indicatorId!: number;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: "A share between 0 and 1 (0.2 = 20 %)." })
  value!: number;

  @Field(() => String, { nullable: true })
  sourceNote!: string | null;
}

import { Field, ObjectType } from "type-graphql";
import { IndicatorSource } from "./common/enums";
import { Node } from "./common/node.interface";
import type { WpsIndicatorRow } from "../../core/model/wps-indicator";

@ObjectType({ implements: Node, description: "A WPS indicator of Canada's National Action Plans or the UN Gender Parity Strategy. Reference data, real." })
export class WpsIndicator extends Node implements WpsIndicatorRow {
  pk!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => IndicatorSource)
  source!: IndicatorSource;

  @Field({ description: "How the actual value is computed." })
  computation!: string;
}

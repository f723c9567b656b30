import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { MissionKind } from "./common/enums";
import { Node } from "./common/node.interface";
import type { MissionRow } from "../../core/model/mission";

@ObjectType({
  implements: Node,
  description:
    "A peace operation. Reference data, real: the missions Canadian police served in (with sources) and every UN mission in the shipped UN statistics.",
})
export class Mission extends Node implements MissionRow {
  pk!: number;
  leadOrganizationId!: number;

  @Field({ description: "Acronym, unique (UN missions use the UN's codes, e.g. MINUSTAH)." })
  code!: string;

  @Field()
  name!: string;

  @Field(() => MissionKind)
  kind!: MissionKind;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "Null while the mission is ongoing." })
  endDate!: string | null;

  @Field(() => Int, { nullable: true, description: "First year Canadian police served in it, where known." })
  canadianPoliceFrom!: number | null;

  @Field(() => Int, { nullable: true, description: "Last year Canadian police served in it, where known." })
  canadianPoliceTo!: number | null;

  @Field({ description: "Where the facts about this mission come from." })
  source!: string;
}

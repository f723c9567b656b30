import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { TeamFocus } from "./common/enums";
import { Node } from "./common/node.interface";
import type { SpecializedTeamRow } from "../../core/model/specialized-team";

@ObjectType({ implements: Node, description: "A specialized team within a mission. In the demo database, SYNTHETIC (see `source`)." })
export class SpecializedTeam extends Node implements SpecializedTeamRow {
  pk!: number;
  missionId!: number;

  @Field()
  name!: string;

  @Field(() => TeamFocus)
  focus!: TeamFocus;

  @Field()
  ledByCanada!: boolean;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;

  @Field()
  source!: string;
}

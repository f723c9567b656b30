import { Field, InputType } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { DateScalar } from "../common/date.scalar";
import { TeamFocus } from "../common/enums";

@InputType({ description: "A specialized team. To create one, missionCode, name and focus are required." })
export class SpecializedTeamInput {
  @Accepts(FIELD_RULES.missionCode)
  @Field(() => String, { nullable: true })
  missionCode?: string;

  @Accepts(FIELD_RULES.teamName)
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => TeamFocus, { nullable: true })
  focus?: TeamFocus;

  @Field(() => Boolean, { nullable: true })
  ledByCanada?: boolean;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Accepts(FIELD_RULES.source)
  @Field(() => String, { nullable: true })
  source?: string;
}

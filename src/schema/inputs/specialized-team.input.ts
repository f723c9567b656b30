import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";
import { TeamFocus } from "../common/enums";

@InputType({ description: "A specialized team. To create one, missionCode, name and focus are required." })
export class SpecializedTeamInput {
  @Length(1, 64)
  @Field(() => String, { nullable: true })
  missionCode?: string;

  @Length(1, 500)
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

  @Length(1, 2000)
  @Field(() => String, { nullable: true })
  source?: string;
}

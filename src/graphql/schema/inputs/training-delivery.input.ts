import { IsInt, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { DateScalar } from "../common/date.scalar";

@InputType({ description: "A training delivered. To create one, title, topicCode, countryIso3, startDate, participants and femaleParticipants are required." })
export class TrainingDeliveryInput {
  @Accepts(FIELD_RULES.title)
  @Field(() => String, { nullable: true })
  title?: string;

  @Accepts(FIELD_RULES.topicCode)
  @Field(() => String, { nullable: true })
  topicCode?: string;

  @Accepts(FIELD_RULES.countryIso3)
  @Field(() => String, { nullable: true })
  countryIso3?: string;

  @Accepts(FIELD_RULES.missionCode)
  @Field(() => String, { nullable: true })
  missionCode?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @IsInt()
  @Min(0)
  @Field(() => Int, { nullable: true })
  participants?: number;

  @IsInt()
  @Min(0)
  @Field(() => Int, { nullable: true })
  femaleParticipants?: number;

  @IsInt()
  @Min(0)
  @Field(() => Int, { nullable: true })
  instructorsCertified?: number;

  @Field(() => Boolean, { nullable: true })
  femaleOnly?: boolean;

  @Accepts(FIELD_RULES.source)
  @Field(() => String, { nullable: true })
  source?: string;
}

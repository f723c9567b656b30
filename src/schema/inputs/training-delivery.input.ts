import { IsInt, Length, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../common/date.scalar";

@InputType({ description: "A training delivered. To create one, title, topicCode, countryIso3, startDate, participants and femaleParticipants are required." })
export class TrainingDeliveryInput {
  @Length(1, 500)
  @Field(() => String, { nullable: true })
  title?: string;

  @Length(1, 64)
  @Field(() => String, { nullable: true })
  topicCode?: string;

  @Length(3, 3)
  @Field(() => String, { nullable: true })
  countryIso3?: string;

  @Length(1, 64)
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

  @Length(1, 2000)
  @Field(() => String, { nullable: true })
  source?: string;
}

import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { Gender } from "../common/enums";

@InputType({ description: "An officer. To create one, personnelNumber, gender and policeServiceCode are required. Names are personal data: stored, and readable by ADMIN only." })
export class OfficerInput {
  @Length(1, 32)
  @Field(() => String, { nullable: true })
  personnelNumber?: string;

  @Length(1, 200)
  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Length(1, 200)
  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  rank?: string | null;

  @Length(1, 32)
  @Field(() => String, { nullable: true })
  policeServiceCode?: string;

  @Length(1, 2000)
  @Field(() => String, { nullable: true })
  source?: string;
}

import { Field, InputType } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { Gender } from "../common/enums";

@InputType({ description: "An officer. To create one, personnelNumber, gender and policeServiceCode are required. Names are personal data: stored, and readable by ADMIN only." })
export class OfficerInput {
  @Accepts(FIELD_RULES.personnelNumber)
  @Field(() => String, { nullable: true })
  personnelNumber?: string;

  @Accepts(FIELD_RULES.personName)
  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Accepts(FIELD_RULES.personName)
  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Accepts(FIELD_RULES.rank)
  @Field(() => String, { nullable: true })
  rank?: string | null;

  @Accepts(FIELD_RULES.policeServiceCode)
  @Field(() => String, { nullable: true })
  policeServiceCode?: string;

  @Accepts(FIELD_RULES.source)
  @Field(() => String, { nullable: true })
  source?: string;
}

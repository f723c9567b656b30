import { Field, InputType } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { DateScalar } from "../common/date.scalar";

@InputType({ description: "A WPS milestone. To create one, date, title, description and category are required." })
export class WpsMilestoneInput {
  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Accepts(FIELD_RULES.countryIso3)
  @Field(() => String, { nullable: true })
  countryIso3?: string | null;

  @Accepts(FIELD_RULES.missionCode)
  @Field(() => String, { nullable: true })
  missionCode?: string | null;

  @Accepts(FIELD_RULES.title)
  @Field(() => String, { nullable: true })
  title?: string;

  @Accepts(FIELD_RULES.description)
  @Field(() => String, { nullable: true })
  description?: string;

  @Accepts(FIELD_RULES.milestoneCategory)
  @Field(() => String, { nullable: true })
  category?: string;
}

import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";

@InputType({ description: "A WPS milestone. To create one, date, title, description and category are required." })
export class WpsMilestoneInput {
  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Length(3, 3)
  @Field(() => String, { nullable: true })
  countryIso3?: string | null;

  @Length(1, 64)
  @Field(() => String, { nullable: true })
  missionCode?: string | null;

  @Length(1, 500)
  @Field(() => String, { nullable: true })
  title?: string;

  @Length(1, 5000)
  @Field(() => String, { nullable: true })
  description?: string;

  @Length(1, 32)
  @Field(() => String, { nullable: true })
  category?: string;
}

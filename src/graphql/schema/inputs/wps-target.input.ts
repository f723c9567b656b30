import { IsInt, Max, Min } from "class-validator";
import { Field, Float, InputType, Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { MAX_YEAR } from "../../../core/input/date-range";
import { FIELD_RULES } from "../../../core/input/field-rules";

@InputType({ description: "A WPS target. To create one, indicatorCode, year and value are required." })
export class WpsTargetInput {
  @Accepts(FIELD_RULES.indicatorCode)
  @Field(() => String, { nullable: true })
  indicatorCode?: string;

  @IsInt()
  @Min(1990)
  @Max(MAX_YEAR)
  @Field(() => Int, { nullable: true })
  year?: number;

  @Min(0)
  @Max(1)
  @Field(() => Float, { nullable: true, description: "A share between 0 and 1." })
  value?: number;

  @Accepts(FIELD_RULES.note)
  @Field(() => String, { nullable: true })
  sourceNote?: string | null;
}

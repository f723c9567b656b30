import { ArrayMaxSize, IsInt, Max, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { MAX_YEAR, MIN_YEAR } from "../../../core/input/date-range";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { DateScalar } from "../common/date.scalar";
import { MissionKind } from "../common/enums";

@InputType({ description: "A mission. To create one, code, name, leadOrganizationCode, hostCountries, kind and startDate are required; an update changes only the fields given (null clears)." })
export class MissionInput {
  @Accepts(FIELD_RULES.missionCode)
  @Field(() => String, { nullable: true })
  code?: string;

  @Accepts(FIELD_RULES.missionName)
  @Field(() => String, { nullable: true })
  name?: string;

  @Accepts(FIELD_RULES.organizationCode)
  @Field(() => String, { nullable: true, description: "Organization code, e.g. UN." })
  leadOrganizationCode?: string;

  @ArrayMaxSize(20)
  @Accepts(FIELD_RULES.countryIso3, { each: true })
  @Field(() => [String], { nullable: true, description: "Host countries' ISO3 codes; replaces the list." })
  hostCountries?: string[];

  @Field(() => MissionKind, { nullable: true })
  kind?: MissionKind;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @Field(() => Int, { nullable: true })
  canadianPoliceFrom?: number | null;

  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @Field(() => Int, { nullable: true })
  canadianPoliceTo?: number | null;

  @Accepts(FIELD_RULES.source)
  @Field(() => String, { nullable: true, description: "Where the facts come from." })
  source?: string;
}

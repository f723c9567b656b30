import { ArrayMaxSize, IsInt, Length, Matches, Max, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { MAX_YEAR, MIN_YEAR } from "../../input/date-range";
import { DateScalar } from "../common/date.scalar";
import { MissionKind } from "../common/enums";

@InputType({ description: "A mission. To create one, code, name, leadOrganizationCode, hostCountries, kind and startDate are required; an update changes only the fields given (null clears)." })
export class MissionInput {
  @Length(1, 64)
  @Field(() => String, { nullable: true })
  code?: string;

  @Length(1, 500)
  @Field(() => String, { nullable: true })
  name?: string;

  @Length(1, 32)
  @Field(() => String, { nullable: true, description: "Organization code, e.g. UN." })
  leadOrganizationCode?: string;

  @ArrayMaxSize(20)
  @Matches(/^[A-Z]{3}$/, { each: true, message: "each host country must be an ISO3 code (3 capital letters)" })
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

  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: "Where the facts come from." })
  source?: string;
}

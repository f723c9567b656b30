import { IsInt, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { DateScalar } from "../common/date.scalar";
import { RequestDecision } from "../common/enums";

@InputType({ description: "A request for police. To create one, missionCode, exactly one requester, receivedOn, positionsRequested and decision are required." })
export class DeploymentRequestInput {
  @Accepts(FIELD_RULES.missionCode)
  @Field(() => String, { nullable: true })
  missionCode?: string;

  @Accepts(FIELD_RULES.organizationCode)
  @Field(() => String, { nullable: true })
  requestedByOrganizationCode?: string | null;

  @Accepts(FIELD_RULES.countryIso3)
  @Field(() => String, { nullable: true })
  requestedByCountryIso3?: string | null;

  @Field(() => DateScalar, { nullable: true })
  receivedOn?: string;

  @IsInt()
  @Min(0)
  @Field(() => Int, { nullable: true })
  positionsRequested?: number;

  @Field(() => RequestDecision, { nullable: true })
  decision?: RequestDecision;

  @Field(() => DateScalar, { nullable: true, description: "Null while PENDING." })
  decidedOn?: string | null;

  @Accepts(FIELD_RULES.source)
  @Field(() => String, { nullable: true })
  source?: string;
}

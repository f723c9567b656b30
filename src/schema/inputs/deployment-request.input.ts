import { IsInt, Length, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../common/date.scalar";
import { RequestDecision } from "../common/enums";

@InputType({ description: "A request for police. To create one, missionCode, exactly one requester, receivedOn, positionsRequested and decision are required." })
export class DeploymentRequestInput {
  @Length(1, 64)
  @Field(() => String, { nullable: true })
  missionCode?: string;

  @Length(1, 32)
  @Field(() => String, { nullable: true })
  requestedByOrganizationCode?: string | null;

  @Length(3, 3)
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

  @Length(1, 2000)
  @Field(() => String, { nullable: true })
  source?: string;
}

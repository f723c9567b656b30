import { Field, InputType } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { DateScalar } from "../common/date.scalar";

@InputType({ description: "A deployment. To create one, personnelNumber, missionCode, roleCode and startDate are required; teamName names a team of the same mission." })
export class DeploymentInput {
  @Accepts(FIELD_RULES.personnelNumber)
  @Field(() => String, { nullable: true })
  personnelNumber?: string;

  @Accepts(FIELD_RULES.missionCode)
  @Field(() => String, { nullable: true })
  missionCode?: string;

  @Accepts(FIELD_RULES.roleCode)
  @Field(() => String, { nullable: true })
  roleCode?: string;

  @Accepts(FIELD_RULES.teamName)
  @Field(() => String, { nullable: true, description: "A specialized team of the deployment's mission; null for none." })
  teamName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true, description: "Null while ongoing." })
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  senior?: boolean;

  @Accepts(FIELD_RULES.source)
  @Field(() => String, { nullable: true })
  source?: string;
}

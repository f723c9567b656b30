import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";

@InputType({ description: "A deployment. To create one, personnelNumber, missionCode, roleCode and startDate are required; teamName names a team of the same mission." })
export class DeploymentInput {
  @Length(1, 32)
  @Field(() => String, { nullable: true })
  personnelNumber?: string;

  @Length(1, 64)
  @Field(() => String, { nullable: true })
  missionCode?: string;

  @Length(1, 64)
  @Field(() => String, { nullable: true })
  roleCode?: string;

  @Length(1, 500)
  @Field(() => String, { nullable: true, description: "A specialized team of the deployment's mission; null for none." })
  teamName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true, description: "Null while ongoing." })
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  senior?: boolean;

  @Length(1, 2000)
  @Field(() => String, { nullable: true })
  source?: string;
}

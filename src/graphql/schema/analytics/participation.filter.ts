import { Field, InputType } from "type-graphql";
import type { ParticipationFilterValues } from "../../../core/analytics/participation-filter";
import { Gender, RoleCategory } from "../common/enums";

@InputType({ description: "Every list is OR within the field, AND across fields. Unknown codes are a BAD_USER_INPUT error." })
export class ParticipationFilter implements ParticipationFilterValues {
  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Host-country ISO3 codes." })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Lead organization codes." })
  organizations?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Role codes." })
  roles?: string[] | null;

  @Field(() => [RoleCategory], { nullable: true })
  roleCategories?: RoleCategory[] | null;

  @Field(() => [String], { nullable: true, description: "Specialized team names." })
  teams?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Police service codes." })
  policeServices?: string[] | null;

  @Field(() => [Gender], { nullable: true })
  genders?: Gender[] | null;
}

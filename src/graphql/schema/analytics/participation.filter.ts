import { Field, InputType } from "type-graphql";
import type { ParticipationFilterValues } from "../../../core/analytics/participation-filter";
import { Gender, Jurisdiction, MissionKind, RoleCategory } from "../common/enums";

@InputType({ description: "Every list is OR within the field, AND across fields (one host country must pass countries, regions and subRegions together). Unknown codes are a BAD_USER_INPUT error." })
export class ParticipationFilter implements ParticipationFilterValues {
  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [MissionKind], { nullable: true, description: "Kinds of mission." })
  missionKinds?: MissionKind[] | null;

  @Field(() => [String], { nullable: true, description: "Host-country ISO3 codes." })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: "UN M49 regions of the host country (Africa, Americas, Asia, Europe, Oceania)." })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "UN M49 sub-regions of the host country, as the countries' reference data names them." })
  subRegions?: string[] | null;

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

  @Field(() => [Jurisdiction], { nullable: true, description: "Jurisdictions of the officers' police services." })
  jurisdictions?: Jurisdiction[] | null;

  @Field(() => [String], { nullable: true, description: "Two-letter provinces or territories of the officers' police services." })
  provinces?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Officers' ranks, as recorded." })
  ranks?: string[] | null;

  @Field(() => [Gender], { nullable: true })
  genders?: Gender[] | null;
}

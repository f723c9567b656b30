import type { Gender, Jurisdiction, MissionKind, RoleCategory } from "../domain/enums";

/** Every list is OR within the field, AND across fields; codes as users write them. */
export interface ParticipationFilterValues {
  missions?: string[] | null;
  missionKinds?: MissionKind[] | null;
  countries?: string[] | null;
  /** UN M49 regions and sub-regions of the host countries (country.region, country.subregion). */
  regions?: string[] | null;
  subRegions?: string[] | null;
  organizations?: string[] | null;
  roles?: string[] | null;
  roleCategories?: RoleCategory[] | null;
  teams?: string[] | null;
  policeServices?: string[] | null;
  jurisdictions?: Jurisdiction[] | null;
  /** Two-letter provinces of the officers' police services. */
  provinces?: string[] | null;
  ranks?: string[] | null;
  genders?: Gender[] | null;
}

import type { Gender, RoleCategory } from "../domain/enums";

/** Every list is OR within the field, AND across fields; codes as users write them. */
export interface ParticipationFilterValues {
  missions?: string[] | null;
  countries?: string[] | null;
  organizations?: string[] | null;
  roles?: string[] | null;
  roleCategories?: RoleCategory[] | null;
  teams?: string[] | null;
  policeServices?: string[] | null;
  genders?: Gender[] | null;
}

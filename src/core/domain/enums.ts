// The closed vocabularies of the domain (README, data/README.md). Shared by entities, GraphQL and import code,
// so a value can only be spelled one way.

export enum Gender {
  FEMALE = "FEMALE",
  MALE = "MALE",
  ANOTHER_GENDER = "ANOTHER_GENDER",
  UNDISCLOSED = "UNDISCLOSED",
}

export enum RoleCategory {
  TRAINING = "TRAINING",
  MENTORING = "MENTORING",
  MONITORING = "MONITORING",
  ELECTORAL_SUPPORT = "ELECTORAL_SUPPORT",
  HUMAN_RIGHTS_INVESTIGATION = "HUMAN_RIGHTS_INVESTIGATION",
  HUMANITARIAN_RESPONSE = "HUMANITARIAN_RESPONSE",
  LEADERSHIP = "LEADERSHIP",
  OTHER = "OTHER",
}

export enum TeamFocus {
  COMMUNITY_POLICING = "COMMUNITY_POLICING",
  MANAGEMENT_DEVELOPMENT = "MANAGEMENT_DEVELOPMENT",
  SERIOUS_ORGANIZED_CRIME = "SERIOUS_ORGANIZED_CRIME",
  SGBV = "SGBV",
  OTHER = "OTHER",
}

export enum Jurisdiction {
  FEDERAL = "FEDERAL",
  PROVINCIAL = "PROVINCIAL",
  MUNICIPAL = "MUNICIPAL",
  FIRST_NATIONS = "FIRST_NATIONS",
}

export enum OrganizationKind {
  INTERNATIONAL_ORGANIZATION = "INTERNATIONAL_ORGANIZATION",
  STATE = "STATE",
  COALITION = "COALITION",
}

export enum MissionKind {
  PEACEKEEPING = "PEACEKEEPING",
  SPECIAL_POLITICAL = "SPECIAL_POLITICAL",
  POLICE_DEVELOPMENT = "POLICE_DEVELOPMENT",
  TRIBUNAL_SUPPORT = "TRIBUNAL_SUPPORT",
  OTHER = "OTHER",
}

export enum RequestDecision {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  DECLINED = "DECLINED",
}

export enum PersonnelType {
  INDIVIDUAL_POLICE = "INDIVIDUAL_POLICE",
  FORMED_POLICE_UNIT = "FORMED_POLICE_UNIT",
  EXPERT_ON_MISSION = "EXPERT_ON_MISSION",
  STAFF_OFFICER = "STAFF_OFFICER",
  TROOPS = "TROOPS",
}

export enum IndicatorSource {
  NAP_2017_2022 = "NAP_2017_2022",
  NAP_2023_2029 = "NAP_2023_2029",
  UN_GPS_2018_2028 = "UN_GPS_2018_2028",
}

/** The text stored in `source` for every row of the generated demo register. */
export const SYNTHETIC_SOURCE = "synthetic demo";

/** SQL-side list of an enum's values, for CHECK constraints. */
export function sqlEnumList(e: Record<string, string>): string {
  return Object.values(e)
    .map((v) => `'${v}'`)
    .join(", ");
}

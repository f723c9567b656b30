import type { PersonnelType } from "../domain/enums";

export interface UnContributionRow {
  pk: number;
  asOfDate: string;
  missionId: number | null;
  /** The mission's code, for sorting by it; null where the report gave country totals only. */
  missionCode: string | null;
  countryIso3: string;
  personnelType: PersonnelType;
  male: number;
  female: number;
  total: number;
  source: string;
}

export interface UnContributionFilter {
  /** First month (a date in it) of the range. */
  from?: string | null;
  /** Last month (a date in it) of the range. */
  to?: string | null;
  /** Mission codes. */
  missions?: string[] | null;
  /** Contributing country ISO3 codes. */
  contributors?: string[] | null;
  personnelTypes?: PersonnelType[] | null;
}

export enum UnContributionOrderField {
  AS_OF_DATE = "AS_OF_DATE",
  MISSION = "MISSION",
  CONTRIBUTOR = "CONTRIBUTOR",
  TOTAL = "TOTAL",
}

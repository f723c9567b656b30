import type { MissionKind } from "../domain/enums";

export interface MissionRow {
  pk: number;
  code: string;
  name: string;
  leadOrganizationId: number;
  kind: MissionKind;
  startDate: string;
  endDate: string | null;
  canadianPoliceFrom: number | null;
  canadianPoliceTo: number | null;
  source: string;
}

export interface MissionFilter {
  /** Lead organization codes. */
  organizations?: string[] | null;
  /** Host country ISO3 codes. */
  countries?: string[] | null;
  kinds?: MissionKind[] | null;
  activeOn?: string | null;
  search?: string | null;
}

export enum MissionOrderField {
  CODE = "CODE",
  NAME = "NAME",
  START_DATE = "START_DATE",
  END_DATE = "END_DATE",
}

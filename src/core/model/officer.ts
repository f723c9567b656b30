import type { Gender } from "../domain/enums";

/** An officer without the names: those are read apart, behind the ADMIN guard (`OfficerNames`). */
export interface OfficerRow {
  pk: number;
  personnelNumber: string;
  gender: Gender;
  rank: string | null;
  policeServiceId: number;
  source: string;
}

/** Personal data. */
export interface OfficerNames {
  pk: number;
  givenName: string | null;
  familyName: string | null;
}

export interface OfficerFilter {
  genders?: Gender[] | null;
  /** Police service codes. */
  policeServices?: string[] | null;
  personnelNumbers?: string[] | null;
  sources?: string[] | null;
}

export enum OfficerOrderField {
  PERSONNEL_NUMBER = "PERSONNEL_NUMBER",
}

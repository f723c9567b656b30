import type { Jurisdiction } from "../domain/enums";

export interface PoliceServiceRow {
  pk: number;
  code: string;
  name: string;
  jurisdiction: Jurisdiction;
  province: string | null;
}

export interface PoliceServiceFilter {
  jurisdictions?: Jurisdiction[] | null;
  provinces?: string[] | null;
  search?: string | null;
}

export enum PoliceServiceOrderField {
  CODE = "CODE",
  NAME = "NAME",
}

import type { OrganizationKind } from "../domain/enums";

export interface OrganizationRow {
  pk: number;
  code: string;
  name: string;
  kind: OrganizationKind;
}

export interface OrganizationFilter {
  kinds?: OrganizationKind[] | null;
  search?: string | null;
}

export enum OrganizationOrderField {
  CODE = "CODE",
  NAME = "NAME",
}

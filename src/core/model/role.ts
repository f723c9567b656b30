import type { RoleCategory } from "../domain/enums";

export interface RoleRow {
  pk: number;
  code: string;
  name: string;
  category: RoleCategory;
}

export interface RoleFilter {
  categories?: RoleCategory[] | null;
}

export enum RoleOrderField {
  CODE = "CODE",
  NAME = "NAME",
}

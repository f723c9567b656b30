import type { IndicatorSource } from "../domain/enums";

export interface WpsIndicatorRow {
  pk: number;
  code: string;
  name: string;
  unit: string;
  source: IndicatorSource;
  computation: string;
}

export interface WpsIndicatorFilter {
  sources?: IndicatorSource[] | null;
}

export enum WpsIndicatorOrderField {
  CODE = "CODE",
}

/** A target value of an indicator for a year: a share between 0 and 1. */
export interface WpsTargetRow {
  pk: number;
  indicatorId: number;
  year: number;
  value: number;
  sourceNote: string | null;
}

export interface WpsMilestoneRow {
  pk: number;
  date: string;
  countryIso3: string | null;
  missionId: number | null;
  title: string;
  description: string;
  category: string;
  source: string;
}

export interface WpsMilestoneFilter {
  /** ISO3 codes. */
  countries?: string[] | null;
  /** Mission codes. */
  missions?: string[] | null;
  categories?: string[] | null;
}

export enum WpsMilestoneOrderField {
  DATE = "DATE",
}

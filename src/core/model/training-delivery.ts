export interface TrainingDeliveryRow {
  pk: number;
  missionId: number | null;
  countryIso3: string;
  topicId: number;
  title: string;
  startDate: string;
  endDate: string | null;
  participants: number;
  femaleParticipants: number;
  instructorsCertified: number;
  femaleOnly: boolean;
  source: string;
}

export interface TrainingDeliveryFilter {
  /** Topic codes. */
  topics?: string[] | null;
  themes?: string[] | null;
  /** Host country ISO3 codes. */
  countries?: string[] | null;
  /** Mission codes. */
  missions?: string[] | null;
  /** Deliveries starting on or after this date. */
  from?: string | null;
  /** Deliveries starting on or before this date. */
  to?: string | null;
  femaleOnly?: boolean | null;
}

export enum TrainingDeliveryOrderField {
  START_DATE = "START_DATE",
  TITLE = "TITLE",
  PARTICIPANTS = "PARTICIPANTS",
}

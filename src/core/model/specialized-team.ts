import type { TeamFocus } from "../domain/enums";

export interface SpecializedTeamRow {
  pk: number;
  missionId: number;
  name: string;
  focus: TeamFocus;
  ledByCanada: boolean;
  startDate: string | null;
  endDate: string | null;
  source: string;
}

export interface SpecializedTeamFilter {
  /** Mission codes. */
  missions?: string[] | null;
  focuses?: TeamFocus[] | null;
  ledByCanada?: boolean | null;
}

export enum SpecializedTeamOrderField {
  NAME = "NAME",
  START_DATE = "START_DATE",
}

export interface DeploymentRow {
  pk: number;
  officerId: number;
  missionId: number;
  roleId: number;
  teamId: number | null;
  startDate: string;
  endDate: string | null;
  senior: boolean;
  source: string;
}

export interface DeploymentFilter {
  /** Mission codes. */
  missions?: string[] | null;
  /** Personnel numbers. */
  officers?: string[] | null;
  /** Role codes. */
  roles?: string[] | null;
  /** Specialized team names. */
  teams?: string[] | null;
  /** With `to`: deployments overlapping [from, to] (inclusive). */
  from?: string | null;
  to?: string | null;
  senior?: boolean | null;
  sources?: string[] | null;
}

export enum DeploymentOrderField {
  START_DATE = "START_DATE",
  END_DATE = "END_DATE",
}

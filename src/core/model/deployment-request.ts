import type { RequestDecision } from "../domain/enums";

export interface DeploymentRequestRow {
  pk: number;
  missionId: number;
  requestedByOrganizationId: number | null;
  requestedByCountryIso3: string | null;
  receivedOn: string;
  positionsRequested: number;
  decision: RequestDecision;
  decidedOn: string | null;
  source: string;
}

export interface DeploymentRequestFilter {
  /** Mission codes. */
  missions?: string[] | null;
  decisions?: RequestDecision[] | null;
}

export enum DeploymentRequestOrderField {
  RECEIVED_ON = "RECEIVED_ON",
}

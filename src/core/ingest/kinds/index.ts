import type { KindSpec } from "../kind";
import { deploymentsKind } from "./deployments.kind";
import { missionsKind } from "./missions.kind";
import { officersKind } from "./officers.kind";
import { policeServicesKind } from "./police-services.kind";
import { teamsKind } from "./teams.kind";
import { trainingsKind } from "./trainings.kind";
import { unContributionsKind } from "./un-contributions.kind";

/** Every importable kind, in the order their references require. */
export const KINDS: readonly KindSpec<any, any>[] = [
  policeServicesKind,
  missionsKind,
  teamsKind,
  officersKind,
  deploymentsKind,
  trainingsKind,
  unContributionsKind,
];

export const KIND_NAMES = KINDS.map((k) => k.kind);

export function findKind(name: string): KindSpec<any, any> | undefined {
  return KINDS.find((k) => k.kind === name);
}

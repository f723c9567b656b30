import type { Loaders } from "./index";
import type { MissionRow } from "../model/mission";
import type { OrganizationRow } from "../model/organization";
import type { PoliceServiceRow } from "../model/police-service";
import type { RoleRow } from "../model/role";
import type { SpecializedTeamRow } from "../model/specialized-team";

/** Reference data a report's rows point at by id (a country by its ISO3 code). */
export type Reference = "mission" | "country" | "organization" | "role" | "team" | "policeService" | "topic" | "target" | "indicator";

type Load = (loaders: Loaders, key: never) => Promise<unknown>;

const LOADS: Record<Reference, Load> = {
  mission: (l, id: number) => l.missionById.load(id),
  country: (l, iso3: string) => l.countryByIso3.load(iso3),
  organization: (l, id: number) => l.organizationById.load(id),
  role: (l, id: number) => l.roleById.load(id),
  team: (l, id: number) => l.teamById.load(id),
  policeService: (l, id: number) => l.policeServiceById.load(id),
  topic: (l, id: number) => l.topicById.load(id),
  target: (l, id: number) => l.targetById.load(id),
  indicator: (l, id: number) => l.indicatorById.load(id),
};

/** The row a reference points at, through the request's loaders (one statement per type and batch); null for no key. */
export function loadReference(loaders: Loaders, reference: Reference, key: unknown): Promise<unknown> | null {
  return key === null || key === undefined ? null : LOADS[reference](loaders, key as never);
}

// The references whose rows a report can read itself (a lookup of dimensions.ts), by primary key:
// the rows come in the shape of the loaders' own reads.
const PRIMES: Partial<Record<Reference, (loaders: Loaders, row: unknown) => void>> = {
  mission: (l, row) => void l.missionById.prime((row as MissionRow).pk, row as MissionRow),
  organization: (l, row) => void l.organizationById.prime((row as OrganizationRow).pk, row as OrganizationRow),
  role: (l, row) => void l.roleById.prime((row as RoleRow).pk, row as RoleRow),
  team: (l, row) => void l.teamById.prime((row as SpecializedTeamRow).pk, row as SpecializedTeamRow),
  policeService: (l, row) => void l.policeServiceById.prime((row as PoliceServiceRow).pk, row as PoliceServiceRow),
};

/**
 * Hands the request's loaders rows a report has read already (in the shape the loaders read them),
 * so that its keys' references cost no statement of their own. A row already loaded stays as it is.
 */
export function primeReferences(loaders: Loaders, referenced: readonly { reference: Reference; rows: readonly unknown[] }[]): void {
  for (const { reference, rows } of referenced) {
    const prime = PRIMES[reference];
    if (prime) for (const row of rows) prime(loaders, row);
  }
}

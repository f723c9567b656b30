import type { Loaders } from "./index";

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

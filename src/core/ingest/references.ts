import type { EntityManager } from "typeorm";

/** Code -> id maps of the rows a file may refer to, each read with one statement. */
export interface References {
  organizations: Map<string, number>;
  /** ISO3 -> 0: countries are keyed by their code. */
  countries: Map<string, number>;
  missions: Map<string, number>;
  policeServices: Map<string, number>;
  roles: Map<string, number>;
  topics: Map<string, number>;
  /** `${missionId}\0${name}` -> id. */
  teams: Map<string, number>;
  officers: Map<string, number>;
}

export type ReferenceName = keyof References;

const QUERIES: Record<ReferenceName, string> = {
  organizations: `SELECT code AS k, id FROM organization`,
  countries: `SELECT iso3 AS k, 0 AS id FROM country`,
  missions: `SELECT code AS k, id FROM mission`,
  policeServices: `SELECT code AS k, id FROM police_service`,
  roles: `SELECT code AS k, id FROM role`,
  topics: `SELECT code AS k, id FROM training_topic`,
  teams: `SELECT mission_id AS m, name AS k, id FROM specialized_team`,
  officers: `SELECT personnel_number AS k, id FROM officer`,
};

export const teamKey = (missionId: number, name: string): string => `${missionId}\u0000${name}`;

export async function loadReferences(em: EntityManager, names: readonly ReferenceName[]): Promise<References> {
  const refs = Object.fromEntries(Object.keys(QUERIES).map((n) => [n, new Map<string, number>()])) as unknown as References;
  for (const name of names) {
    for (const row of (await em.query(QUERIES[name])) as { m?: number; k: string; id: number }[]) {
      refs[name].set(row.m === undefined ? row.k : teamKey(row.m, row.k), row.id);
    }
  }
  return refs;
}

import type { EntityManager } from "typeorm";
import { UserInputError } from "../errors";
import type { Resolve } from "./write-spec";

/** Resolves a natural key (a code as users write it) to the row id; an unknown one names the field. */
export function idBy(table: string, column: string, label: string): Resolve {
  return async (em: EntityManager, value: unknown, field: string) => {
    if (value === null) return null;
    const rows = (await em.query(`SELECT id FROM ${table} WHERE ${column} = $1`, [value])) as { id: number }[];
    if (rows.length === 0) throw new UserInputError(`${field}: no ${label} ${JSON.stringify(value)}`, field);
    return rows[0]!.id;
  };
}

export const missionId = idBy("mission", "code", "mission has the code");
export const roleId = idBy("role", "code", "role has the code");
export const officerId = idBy("officer", "personnel_number", "officer has the personnel number");
export const policeServiceId = idBy("police_service", "code", "police service has the code");
export const organizationId = idBy("organization", "code", "organization has the code");
export const topicId = idBy("training_topic", "code", "training topic has the code");
export const indicatorId = idBy("wps_indicator", "code", "WPS indicator has the code");

/** ISO3 codes are the country key itself; check that it exists. */
export const countryIso3: Resolve = async (em, value, field) => {
  if (value === null) return null;
  const rows = (await em.query(`SELECT iso3 FROM country WHERE iso3 = $1`, [value])) as unknown[];
  if (rows.length === 0) throw new UserInputError(`${field}: no country has the ISO3 code ${JSON.stringify(value)}`, field);
  return value;
};

/** A specialized team by its name within the row's mission (the deployment's, maybe just changed). */
export const teamOfMission: Resolve = async (em, value, field, row) => {
  if (value === null) return null;
  const rows = (await em.query(`SELECT id FROM specialized_team WHERE mission_id = $1 AND name = $2`, [row.mission_id, value])) as { id: number }[];
  if (rows.length === 0) throw new UserInputError(`${field}: the deployment's mission has no team ${JSON.stringify(value)}`, field);
  return rows[0]!.id;
};

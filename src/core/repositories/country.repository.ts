import type { CountryFilter, CountryOrderField, CountryRow } from "../model/country";
import { anyOf, type ListSpec } from "./list";
import { rowOf } from "./rows";
import { likePattern, type Queryable } from "./sql";
import type { NodeSource } from "../model/node-source";

const COLUMNS = `k.iso3 AS pk, k.iso3, k.iso2, k.name, k.region, k.subregion`;

export const countryList: ListSpec<CountryFilter, CountryOrderField> = {
  columns: COLUMNS,
  from: "country k",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "k.region", f.regions, p);
    anyOf(c, "k.subregion", f.subregions, p);
    if (f.search) {
      const s = p.bind(likePattern(f.search));
      c.push(`(k.name ILIKE ${s} OR k.iso3 ILIKE ${s} OR k.iso2 ILIKE ${s})`);
    }
    return c;
  },
  orders: { ISO3: `c.iso3 COLLATE "C"`, NAME: `c.name COLLATE "C"` },
  defaultOrder: "ISO3" as CountryOrderField,
  tiebreak: `c.pk COLLATE "C"`,
};

export const toCountry = rowOf<CountryRow>;

/** Country rows as other reads join them (reads/relations.ts). */
export const countrySource: NodeSource<CountryRow> = { columns: COLUMNS, from: "country k", key: "k.iso3", map: toCountry };

export async function countriesByIso3(db: Queryable, codes: readonly string[]): Promise<CountryRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM country k WHERE k.iso3 = ANY($1)`, [codes])).map(toCountry);
}

/** Host countries of each mission, one statement for all of them. */
export async function hostCountriesOfMissions(db: Queryable, missionIds: readonly number[]): Promise<(CountryRow & { missionId: number })[]> {
  const rows = await db.query(
    `SELECT h.mission_id AS "missionId", ${COLUMNS}
     FROM mission_host_country h JOIN country k ON k.iso3 = h.country_iso3
     WHERE h.mission_id = ANY($1) ORDER BY k.iso3 COLLATE "C"`,
    [missionIds],
  );
  return rows.map(toCountry) as (CountryRow & { missionId: number })[];
}

import { UserInputError } from "../errors";
import type { Queryable } from "../repositories/sql";

// Which table and column a filter's codes must exist in: a whitelist, never user text in SQL.
const LOOKUPS = {
  missions: "SELECT code AS c FROM mission",
  countries: "SELECT iso3 AS c FROM country",
  contributors: "SELECT iso3 AS c FROM country",
  organizations: "SELECT code AS c FROM organization",
  roles: "SELECT code AS c FROM role",
  teams: "SELECT name AS c FROM specialized_team",
  policeServices: "SELECT code AS c FROM police_service",
  // Vocabularies without a table of their own: the values in use (NOT IN needs them non-null).
  regions: "SELECT region AS c FROM country WHERE region IS NOT NULL",
  subRegions: "SELECT subregion AS c FROM country WHERE subregion IS NOT NULL",
  provinces: "SELECT province AS c FROM police_service WHERE province IS NOT NULL",
  ranks: "SELECT rank AS c FROM officer WHERE rank IS NOT NULL",
  topics: "SELECT code AS c FROM training_topic",
  themes: "SELECT theme AS c FROM training_topic",
} as const;

export type CodeField = keyof typeof LOOKUPS;

/** Fields whose error lists the values that would be accepted: short vocabularies, not code lists. */
const LISTED: ReadonlySet<CodeField> = new Set<CodeField>(["regions", "subRegions", "provinces", "ranks"]);

/** At most this many accepted values are named in an error. */
const LISTED_MAX = 40;

/**
 * One statement that finds every code a filter names but the database does not know; an unknown
 * code is a BAD_USER_INPUT naming the argument (a typo must not read as "no data").
 */
export async function assertKnownCodes(db: Queryable, argument: string, given: Partial<Record<CodeField, readonly string[] | null | undefined>>): Promise<void> {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [field, codes] of Object.entries(given) as [CodeField, readonly string[] | null | undefined][]) {
    // Enum-valued fields (genders, roleCategories, missionKinds, jurisdictions) are checked by GraphQL itself, not here.
    if (!codes?.length || !Object.hasOwn(LOOKUPS, field)) continue;
    params.push(codes);
    parts.push(`SELECT '${field}' AS field, x AS code FROM unnest($${params.length}::text[]) x WHERE x NOT IN (${LOOKUPS[field]})`);
  }
  if (!parts.length) return;
  const unknown: { field: string; code: string }[] = await db.query(parts.join(" UNION ALL "), params);
  if (unknown.length) {
    const { field } = unknown[0];
    const codes = unknown.filter((u) => u.field === field).map((u) => JSON.stringify(u.code));
    let accepted = "";
    if (LISTED.has(field as CodeField)) {
      const known: { c: string }[] = await db.query(`SELECT c FROM (${LOOKUPS[field as CodeField]}) k GROUP BY c ORDER BY c COLLATE "C"`);
      const named = known.slice(0, LISTED_MAX).map((k) => JSON.stringify(k.c));
      accepted = known.length ? `; known: ${named.join(", ")}${known.length > LISTED_MAX ? ` and ${known.length - LISTED_MAX} more` : ""}` : "; none is known";
    }
    throw new UserInputError(`${argument}.${field}: unknown ${codes.length > 1 ? "codes" : "code"} ${codes.join(", ")}${accepted}`, `${argument}.${field}`);
  }
}

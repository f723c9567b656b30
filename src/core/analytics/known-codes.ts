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
  topics: "SELECT code AS c FROM training_topic",
  themes: "SELECT theme AS c FROM training_topic",
} as const;

export type CodeField = keyof typeof LOOKUPS;

/**
 * One statement that finds every code a filter names but the database does not know; an unknown
 * code is a BAD_USER_INPUT naming the argument (a typo must not read as "no data").
 */
export async function assertKnownCodes(db: Queryable, argument: string, given: Partial<Record<CodeField, readonly string[] | null | undefined>>): Promise<void> {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [field, codes] of Object.entries(given) as [CodeField, readonly string[] | null | undefined][]) {
    // Enum-valued fields (genders, roleCategories) are checked by GraphQL itself, not here.
    if (!codes?.length || !Object.hasOwn(LOOKUPS, field)) continue;
    params.push(codes);
    parts.push(`SELECT '${field}' AS field, x AS code FROM unnest($${params.length}::text[]) x WHERE x NOT IN (${LOOKUPS[field]})`);
  }
  if (!parts.length) return;
  const unknown: { field: string; code: string }[] = await db.query(parts.join(" UNION ALL "), params);
  if (unknown.length) {
    const { field } = unknown[0];
    const codes = unknown.filter((u) => u.field === field).map((u) => JSON.stringify(u.code));
    throw new UserInputError(`${argument}.${field}: unknown ${codes.length > 1 ? "codes" : "code"} ${codes.join(", ")}`, `${argument}.${field}`);
  }
}

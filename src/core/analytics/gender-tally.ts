import { Gender } from "../domain/enums";

/** A group's officers and person-days by gender: every figure of a report over the register derives from it. */
export interface GenderTally {
  officers: Record<Gender, number>;
  days: Record<Gender, number>;
}

export const ALL_GENDERS: readonly Gender[] = [Gender.FEMALE, Gender.MALE, Gender.ANOTHER_GENDER, Gender.UNDISCLOSED];

/**
 * SQL columns of a pivot by gender (`n_FEMALE`, `d_FEMALE`, ...), over a `counts` row set with
 * gender, n and days; without `days`, officers only (a tally's days are then 0).
 */
export function genderPivot(counts = "c", { days = true }: { days?: boolean } = {}): string {
  return ALL_GENDERS.flatMap((g) => [
    `coalesce(sum(${counts}.n) FILTER (WHERE ${counts}.gender = '${g}'), 0)::int AS "n_${g}"`,
    ...(days ? [`coalesce(sum(${counts}.days) FILTER (WHERE ${counts}.gender = '${g}'), 0)::bigint AS "d_${g}"`] : []),
  ]).join(",\n    ");
}

export function tallyOf(row: Record<string, unknown>): GenderTally {
  const officers = {} as Record<Gender, number>;
  const days = {} as Record<Gender, number>;
  for (const g of ALL_GENDERS) {
    officers[g] = Number(row[`n_${g}`] ?? 0);
    days[g] = Number(row[`d_${g}`] ?? 0);
  }
  return { officers, days };
}

/** The figures of a tally counted over some genders only (a `genders` filter), all genders by default. */
export function countsOf(t: GenderTally, genders?: readonly Gender[] | null) {
  const kept = new Set(genders?.length ? genders : ALL_GENDERS);
  const n = (g: Gender) => (kept.has(g) ? t.officers[g] : 0);
  const d = (g: Gender) => (kept.has(g) ? t.days[g] : 0);
  const knownGenders = ALL_GENDERS.filter((g) => g !== Gender.UNDISCLOSED);
  return {
    officers: ALL_GENDERS.reduce((s, g) => s + n(g), 0),
    female: n(Gender.FEMALE),
    male: n(Gender.MALE),
    anotherGender: n(Gender.ANOTHER_GENDER),
    undisclosed: n(Gender.UNDISCLOSED),
    known: knownGenders.reduce((s, g) => s + n(g), 0),
    personDays: ALL_GENDERS.reduce((s, g) => s + d(g), 0),
    femalePersonDays: d(Gender.FEMALE),
    knownPersonDays: knownGenders.reduce((s, g) => s + d(g), 0),
  };
}

export type TallyCounts = ReturnType<typeof countsOf>;

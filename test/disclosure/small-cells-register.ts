// Generated registers with many small cells, on the fixture's reference data: each officer has one
// deployment inside one calendar year, so every grouping (years included) partitions the officers
// and an intruder's sums are exact, the hardest case for suppression.
import type { DataSource } from "typeorm";
import { insertRows } from "../../src/core/db/seed/bulk-insert";
import { Rng } from "../../src/core/db/seed/synthetic/prng";

const pick = <T>(rng: Rng, weighted: [T, number][]): T => rng.weighted(weighted, ([, w]) => w)[0];

export interface SmallCellsOptions {
  seed: number;
  officers: number;
  /** Years the deployments fall in. */
  years: number[];
}

/**
 * Replaces the fixture's officers and deployments. Missions (fixture ids 1-5) are drawn with
 * skewed weights, so some are rare; roles 1-3, police services 1-3; 15 % of deployments senior;
 * genders 30 % women, 60 % men, 4 % another gender, 6 % undisclosed.
 */
export async function loadSmallCellsRegister(db: DataSource, o: SmallCellsOptions): Promise<void> {
  const rnd = new Rng(o.seed);
  await db.query("DELETE FROM deployment");
  await db.query("DELETE FROM officer");
  const officers: unknown[][] = [];
  const deployments: unknown[][] = [];
  for (let i = 1; i <= o.officers; i++) {
    const gender = pick(rnd, [["FEMALE", 30], ["MALE", 60], ["ANOTHER_GENDER", 4], ["UNDISCLOSED", 6]]);
    officers.push([i, `G-${String(i).padStart(4, "0")}`, `Given${i}`, `Family${i}`, gender, "Constable", pick(rnd, [[1, 5], [2, 3], [3, 1]]), "generated test register"]);
    const year = o.years[Math.floor(rnd.float() * o.years.length)];
    const startDay = Math.floor(rnd.float() * 200);
    const length = 30 + Math.floor(rnd.float() * 130);
    const start = new Date(Date.UTC(year, 0, 1 + startDay));
    const end = new Date(Date.UTC(year, 0, 1 + startDay + length));
    deployments.push([i, i, pick(rnd, [[1, 10], [2, 6], [3, 3], [4, 2], [5, 1]]), pick(rnd, [[1, 5], [2, 4], [3, 1]]), null,
      start.toISOString().slice(0, 10), end.toISOString().slice(0, 10), rnd.chance(0.15), "generated test register"]);
  }
  await insertRows(db.manager, "officer", ["id", "personnel_number", "given_name", "family_name", "gender", "rank", "police_service_id", "source"], officers);
  await insertRows(db.manager, "deployment", ["id", "officer_id", "mission_id", "role_id", "team_id", "start_date", "end_date", "senior", "source"], deployments);
}

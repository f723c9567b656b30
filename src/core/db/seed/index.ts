import type { DataSource } from "typeorm";
import type { SeedProfile } from "./profiles";
import { demoRegister } from "./demo-register";
import { loadReferenceData } from "./reference";
import { loadRegister } from "./register";
import { loadUnContributions } from "./un-contributions";

/** Refused seeding: the database is not new and empty. Nothing was written. */
export class SeedRefusedError extends Error {}

export interface SeedReport {
  profile: SeedProfile;
  counts: Record<string, number>;
  ms: number;
}

/** Tables whose rows mean the database is in use; a profile is only for a new, empty database. */
async function existingData(db: DataSource): Promise<string[]> {
  const [row] = await db.query(`SELECT
      (SELECT count(*) FROM officer) AS officers, (SELECT count(*) FROM deployment) AS deployments,
      (SELECT count(*) FROM training_delivery) AS "training deliveries", (SELECT count(*) FROM mission) AS missions,
      (SELECT count(*) FROM country) AS countries, (SELECT count(*) FROM un_contribution) AS "UN contribution rows"`);
  return Object.entries(row as Record<string, number>).filter(([, n]) => Number(n) > 0).map(([k, n]) => `${n} ${k}`);
}

export async function isEmptyDatabase(db: DataSource): Promise<boolean> {
  return (await existingData(db)).length === 0;
}

/**
 * Applies a seed profile to a new, empty, migrated database, in one transaction:
 * `reference` = real reference data and UN statistics; `demo` = those plus the synthetic register.
 */
/** What a seed is doing: called as each of its steps starts (for a progress line). */
export type SeedStep = (step: string, index: number, total: number) => void;

export async function seedDatabase(db: DataSource, profile: SeedProfile, onStep: SeedStep = () => undefined): Promise<SeedReport> {
  const started = Date.now();
  const present = await existingData(db);
  if (present.length) {
    throw new SeedRefusedError(
      `Refusing to seed: the database already holds data (${present.join(", ")}). ` +
        `A seed profile applies only to a new, empty database; nothing was changed.`,
    );
  }
  const register = profile === "demo" ? demoRegister() : null;
  const total = register ? 3 : 2;
  const counts = await db.transaction(async (em) => {
    onStep("reference data", 0, total);
    const reference = await loadReferenceData(em);
    onStep("the UN's statistics (real)", 1, total);
    const unContributions = await loadUnContributions(em);
    if (register) onStep("the synthetic demo register", 2, total);
    const synthetic = register ? await loadRegister(em, register) : {};
    return { ...reference, unContributions, ...synthetic };
  });
  return { profile, counts, ms: Date.now() - started };
}

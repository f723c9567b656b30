/** What a new database is seeded with: the demo register (synthetic) or the reference data alone (real). */
export type SeedProfile = "demo" | "reference";
export const SEED_PROFILES: readonly SeedProfile[] = ["demo", "reference"];

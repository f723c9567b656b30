import type { DataSource } from "typeorm";
import { afterAll, beforeAll } from "vitest";
import type { DatabaseTarget, TestDatabase } from "./databases";
import { loadFixture } from "./fixture";
import { startTestApp } from "./http";

export interface FixtureApp {
  database: TestDatabase;
  app: Awaited<ReturnType<typeof startTestApp>>;
}

/**
 * For the enclosing describe: a fresh database of the target with the hand-computed fixture (plus
 * `setup`), served over real HTTP; fields are set once beforeAll has run.
 */
export function useFixtureApp(target: DatabaseTarget, options: { traceSql?: boolean; setup?: (db: DataSource) => Promise<void> } = {}): FixtureApp {
  const fx = {} as FixtureApp;
  beforeAll(async () => {
    fx.database = await target.open();
    await loadFixture(fx.database.db);
    await options.setup?.(fx.database.db);
    fx.app = await startTestApp(fx.database.db, options.traceSql ?? true);
  });
  afterAll(async () => {
    await fx.app?.stop();
    await fx.database?.close();
  });
  return fx;
}

import type { DataSource } from "typeorm";
import { afterAll, beforeAll } from "vitest";
import type { Role } from "../../src/core/auth/roles";
import type { DatabaseTarget, TestDatabase } from "./databases";
import { loadFixture } from "./fixture";
import { createTestKey, startTestApp, type TestApp } from "./http";

export interface FixtureApp {
  database: TestDatabase;
  app: TestApp;
  /** A token for each role, created in the fixture database. */
  tokens: Record<Role, string>;
}

/**
 * For the enclosing describe: a fresh database of the target with the hand-computed fixture (plus
 * `setup`), served over real HTTP; fields are set once beforeAll has run. `role` makes requests
 * carry that role's key unless they say otherwise.
 */
export function useFixtureApp(target: DatabaseTarget, options: { traceSql?: boolean; role?: Role; setup?: (db: DataSource) => Promise<void> } = {}): FixtureApp {
  const fx = {} as FixtureApp;
  beforeAll(async () => {
    fx.database = await target.open();
    await loadFixture(fx.database.db);
    await options.setup?.(fx.database.db);
    fx.tokens = {
      ANALYST: await createTestKey(fx.database.db, "ANALYST"),
      EDITOR: await createTestKey(fx.database.db, "EDITOR"),
      ADMIN: await createTestKey(fx.database.db, "ADMIN"),
    };
    fx.app = await startTestApp(fx.database.db, options.traceSql ?? true);
    if (options.role) fx.app.token = fx.tokens[options.role];
  });
  afterAll(async () => {
    await fx.app?.stop();
    await fx.database?.close();
  });
  return fx;
}

import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/core/db/data-source";
import { startEmbeddedDatabase } from "../../src/core/db/embedded/database";

export interface TestDatabase {
  db: DataSource;
  /** PostgreSQL only: URL of the scratch database (for a second process or a raw client). */
  url: string;
  close(): Promise<void>;
}

export interface DatabaseTarget {
  name: "embedded" | "postgres";
  open(): Promise<TestDatabase>;
}

/** A new in-memory PGlite in its own thread, migrated. */
async function openEmbedded(): Promise<TestDatabase> {
  const embedded = await startEmbeddedDatabase();
  const db = createDataSource({ embedded });
  await db.initialize();
  await db.runMigrations({ transaction: "all" });
  return {
    db,
    url: "",
    async close() {
      await db.destroy();
      await embedded.close();
    },
  };
}

/** A scratch database on the PostgreSQL server of TEST_DATABASE_URL, created and dropped here. */
async function openPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `peaceops_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDataSource({ url: url.toString(), poolSize: 10 });
  await db.initialize();
  await db.runMigrations({ transaction: "all" });
  return {
    db,
    url: url.toString(),
    async close() {
      await db.destroy();
      const drop = new Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** Every database test runs on the embedded database, and on PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ name: "embedded", open: openEmbedded }];
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) targets.push({ name: "postgres", open: () => openPostgres(pgUrl) });
  return targets;
}

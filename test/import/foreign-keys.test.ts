import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../../src/core/db/data-source";
import { BatchedForeignKeys, foreignKeysOf } from "../../src/core/ingest/foreign-keys";
import { ImportWriteError } from "../../src/core/ingest/import";
import { deploymentsKind } from "../../src/core/ingest/kinds/deployments.kind";
import { missionsKind } from "../../src/core/ingest/kinds/missions.kind";
import { ProblemList } from "../../src/core/ingest/problems";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { pgAdmin } from "../support/cli";
import { counts, csvFolder, importCsv, loadReference } from "./helpers";

const files = csvFolder();
afterAll(() => files.cleanup());

const FILE = { name: "fk.csv", columns: new Set(deploymentsKind.columns.map((c) => c.name)), warnings: new ProblemList() };
const NO_TEAM_FILE = { ...FILE, columns: new Set(["personnel_number", "mission_code", "role_code", "start_date"]) };

describe.each(databaseTargets())("foreign keys checked by batch on $name", (target) => {
  let t: TestDatabase;
  let ids: { a: number; b: number; mission: number; role: number };
  beforeAll(async () => {
    t = await target.open();
    await loadReference(t.db);
    await importCsv(t.db, "officers", files.write("personnel_number,gender,police_service_code\nFK-A,FEMALE,RCMP\nFK-B,MALE,RCMP\n"));
    const [{ a, b, mission, role }] = await t.db.query(
      `SELECT (SELECT id FROM officer WHERE personnel_number = 'FK-A') AS a, (SELECT id FROM officer WHERE personnel_number = 'FK-B') AS b,
              (SELECT id FROM mission WHERE code = 'MINUSTAH') AS mission, (SELECT id FROM role WHERE code = 'TRAINING') AS role`);
    ids = { a, b, mission, role };
  });
  afterAll(() => t?.close());

  const row = (officerId: number, teamId: number | null = null) => ({
    officerId, missionId: ids.mission, roleId: ids.role, teamId, startDate: "2020-01-01", endDate: null, senior: false, source: "fk.csv",
  });

  it("reads each table's foreign keys from the catalog", async () => {
    // As declared in the initial migration.
    expect(await foreignKeysOf(t.db.manager, "deployment")).toEqual([
      { column: "mission_id", refTable: "mission", refColumn: "id", refType: "integer" },
      { column: "officer_id", refTable: "officer", refColumn: "id", refType: "integer" },
      { column: "role_id", refTable: "role", refColumn: "id", refType: "integer" },
      { column: "team_id", refTable: "specialized_team", refColumn: "id", refType: "integer" },
    ]);
    expect(await foreignKeysOf(t.db.manager, "un_contribution")).toEqual([
      { column: "country_iso3", refTable: "country", refColumn: "iso3", refType: "character varying(3)" },
      { column: "mission_id", refTable: "mission", refColumn: "id", refType: "integer" },
    ]);
  });

  it("sets replica mode for the transaction only, and fails a batch whose referenced row is gone", async () => {
    const qr = t.db.createQueryRunner();
    try {
      await qr.startTransaction();
      const keys = await BatchedForeignKeys.enable(qr.manager, deploymentsKind);
      expect(keys?.foreignKeys.map((k) => k.column)).toEqual(["mission_id", "officer_id", "role_id", "team_id"]);
      expect(await qr.query("SHOW session_replication_role")).toEqual([{ session_replication_role: "replica" }]);
      // What a kind writes before a batch (UN missions) runs with the triggers on.
      expect(await keys!.withTriggers(qr.manager, () => qr.query("SHOW session_replication_role"))).toEqual([{ session_replication_role: "origin" }]);
      expect(await qr.query("SHOW session_replication_role")).toEqual([{ session_replication_role: "replica" }]);
      await keys!.lock(qr.manager, deploymentsKind, FILE, [row(ids.a), row(ids.a)]);
      // A file without team_name leaves team_id alone: it is not looked up.
      await keys!.lock(qr.manager, deploymentsKind, NO_TEAM_FILE, [row(ids.b, -7)]);
      await expect(keys!.lock(qr.manager, deploymentsKind, FILE, [row(ids.a), row(ids.b, -7), row(-5, -7)])).rejects.toThrow(
        "1 officer row(s) that the file refers to (column officer_id) were deleted while it was imported; nothing was written.");
      await qr.rollbackTransaction();
      expect(await qr.query("SHOW session_replication_role")).toEqual([{ session_replication_role: "origin" }]);
    } finally {
      await qr.release();
    }
  });

  it("leaves the triggers on for a kind with its own writer", async () => {
    const qr = t.db.createQueryRunner();
    try {
      await qr.startTransaction();
      expect(await BatchedForeignKeys.enable(qr.manager, missionsKind)).toBeNull();
      expect(await qr.query("SHOW session_replication_role")).toEqual([{ session_replication_role: "origin" }]);
      await qr.rollbackTransaction();
    } finally {
      await qr.release();
    }
  });

  it.runIf(target.name === "postgres")("locks the referenced rows: they cannot be deleted until the import ends", async () => {
    const qr = t.db.createQueryRunner();
    try {
      await qr.startTransaction();
      const keys = await BatchedForeignKeys.enable(qr.manager, deploymentsKind);
      await keys!.lock(qr.manager, deploymentsKind, FILE, [row(ids.b)]);
      await expect(t.db.transaction(async (em) => {
        await em.query("SET LOCAL lock_timeout = '300ms'");
        await em.query("DELETE FROM officer WHERE id = $1", [ids.b]);
      })).rejects.toThrow("canceling statement due to lock timeout");
      await qr.rollbackTransaction();
    } finally {
      await qr.release();
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM officer WHERE id = $1`, [ids.b])).toEqual([{ n: 1 }]);
  });

  it.runIf(target.name === "postgres")("imports as a role that may not skip triggers: PostgreSQL checks each row, as always", async () => {
    const role = `peaceops_test_importer_${process.pid}`;
    await pgAdmin(t.url, `CREATE ROLE ${role} LOGIN;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    const url = new URL(t.url);
    url.username = role;
    const db = createDataSource({ url: url.toString(), poolSize: 2 });
    try {
      await db.initialize();
      const qr = db.createQueryRunner();
      try {
        await qr.startTransaction();
        expect(await BatchedForeignKeys.enable(qr.manager, deploymentsKind)).toBeNull();
        // The refused SET was rolled back to its savepoint: the transaction goes on.
        expect(await qr.query("SHOW session_replication_role")).toEqual([{ session_replication_role: "origin" }]);
        await qr.rollbackTransaction();
      } finally {
        await qr.release();
      }
      const file = files.write("personnel_number,mission_code,role_code,start_date\nFK-A,MINUSTAH,TRAINING,2019-03-01\nFK-B,MINUSTAH,TRAINING,2019-03-01\n");
      expect(counts(await importCsv(db, "deployments", file))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
      expect(await t.db.query(`SELECT o.personnel_number FROM deployment d JOIN officer o ON o.id = d.officer_id WHERE d.start_date = '2019-03-01' ORDER BY 1`))
        .toEqual([{ personnel_number: "FK-A" }, { personnel_number: "FK-B" }]);
    } finally {
      if (db.isInitialized) await db.destroy();
      await pgAdmin(t.url, `DROP OWNED BY ${role}; DROP ROLE ${role}`);
    }
  });

  it.runIf(target.name === "postgres")("fails the import, writing nothing, when a referenced row is deleted while it runs", async () => {
    await importCsv(t.db, "officers", files.write("personnel_number,gender,police_service_code\nFK-GONE,FEMALE,RCMP\n"));
    const file = files.write("personnel_number,mission_code,role_code,start_date\nFK-A,MINUSTAH,TRAINING,2018-06-01\nFK-GONE,MINUSTAH,TRAINING,2018-06-01\n");
    const deleter = new Client({ connectionString: t.url });
    await deleter.connect();
    try {
      // The deletion is not committed when the import reads the officers, so FK-GONE is found;
      // the import's lock then waits for the deleting transaction, which commits.
      await deleter.query("BEGIN");
      await deleter.query(`DELETE FROM officer WHERE personnel_number = 'FK-GONE'`);
      const importing = importCsv(t.db, "deployments", file);
      importing.catch(() => undefined);
      const [{ db }] = await t.db.query(`SELECT current_database() AS db`);
      for (let waited = 0; ; waited += 50) {
        const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [db]);
        if (n > 0) break;
        if (waited > 10_000) throw new Error("the import never waited for the deleted row");
        await new Promise((r) => setTimeout(r, 50));
      }
      await deleter.query("COMMIT");
      await expect(importing).rejects.toThrow(new ImportWriteError(
        "1 officer row(s) that the file refers to (column officer_id) were deleted while it was imported; nothing was written."));
    } finally {
      await deleter.end();
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM deployment WHERE start_date = '2018-06-01'`)).toEqual([{ n: 0 }]);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/core/db/data-source";
import { startEmbeddedDatabase } from "../src/core/db/embedded/database";
import { DatabaseLockedError } from "../src/core/db/lock";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-embedded-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("the embedded database", () => {
  it("listens on no socket, is locked against a second owner, and keeps committed rows", async () => {
    const dataDir = path.join(work, "data");
    const first = await startEmbeddedDatabase({ dataDir });
    try {
      // Nothing beside the data directory but its lock: no socket another process could reach.
      expect(fs.readdirSync(work).sort()).toEqual(["data", "data.lock"]);
      await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(DatabaseLockedError);
      const db = createDataSource({ embedded: first });
      await db.initialize();
      await db.query("CREATE TABLE kept (n int)");
      await db.query("INSERT INTO kept VALUES (1), (2), (3)");
      await db.destroy();
    } finally {
      await first.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    const second = await startEmbeddedDatabase({ dataDir });
    try {
      const db = createDataSource({ embedded: second });
      await db.initialize();
      expect(await db.query("SELECT sum(n)::int AS s FROM kept")).toEqual([{ s: 6 }]);
      await db.destroy();
    } finally {
      await second.close();
    }
  });

  it("gives its one session to the newest connection, rolling back what the previous one left open", async () => {
    const embedded = await startEmbeddedDatabase();
    try {
      const first = createDataSource({ embedded });
      await first.initialize();
      await first.query("CREATE TABLE t (n int)");
      const runner = first.createQueryRunner();
      await runner.startTransaction();
      await runner.query("INSERT INTO t VALUES (1)");
      await runner.query("SET application_name = 'left behind'");
      // A second connection takes the session over: the first one's open transaction is rolled
      // back and its session settings are gone, and the first connection is cut, not merged in.
      const second = createDataSource({ embedded });
      await second.initialize();
      expect(await second.query("SELECT count(*)::int AS n FROM t")).toEqual([{ n: 0 }]);
      expect(await second.query("SELECT current_setting('application_name') AS name")).toEqual([{ name: "" }]);
      await expect(runner.query("INSERT INTO t VALUES (2)")).rejects.toThrow();
      expect(await second.query("SELECT count(*)::int AS n FROM t")).toEqual([{ n: 0 }]);
      await runner.release().catch(() => undefined);
      await first.destroy().catch(() => undefined);
      await second.destroy();
    } finally {
      await embedded.close();
    }
  });
});

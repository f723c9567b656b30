import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "../src/db/embedded";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-embedded-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("the embedded database server", () => {
  it("listens only on a Unix socket in a directory closed to other users, and keeps committed rows", async () => {
    const dataDir = path.join(work, "data");
    const first = await startEmbeddedDatabase({ dataDir });
    try {
      expect(first.socketDir).toBe(`${dataDir}.run`);
      expect(fs.statSync(first.socketDir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(first.socketDir, ".s.PGSQL.5432")).isSocket()).toBe(true);
      const client = new Client({ host: first.socketDir, port: first.port, user: "postgres", database: "postgres" });
      await client.connect();
      await client.query("CREATE TABLE kept (n int)");
      await client.query("INSERT INTO kept VALUES (1), (2), (3)");
      await client.end();
    } finally {
      await first.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    const second = await startEmbeddedDatabase({ dataDir });
    try {
      const client = new Client({ connectionString: second.url });
      await client.connect();
      expect((await client.query("SELECT sum(n)::int AS s FROM kept")).rows).toEqual([{ s: 6 }]);
      await client.end();
    } finally {
      await second.close();
    }
  });
});

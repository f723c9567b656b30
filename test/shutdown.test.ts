import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/core/logger";
import { databaseTargets } from "./support/databases";
import { loadFixture } from "./support/fixture";
import { startTestApp } from "./support/http";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const postgres = databaseTargets().find((t) => t.name === "postgres");

// A lock held by another connection keeps a statement running for as long as the test wants, which
// only PostgreSQL allows (the embedded database runs one statement at a time).
describe.runIf(postgres)("stopping the app on PostgreSQL", () => {
  it("waits for an operation whose caller hung up before the database is closed", async () => {
    const database = await postgres!.open();
    await loadFixture(database.db);
    const lines: string[] = [];
    const app = await startTestApp(database.db, false, { shutdownGraceMs: 10_000, logger: createLogger("info", { write: (l: string) => void lines.push(l) }) });
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE mission IN ACCESS EXCLUSIVE MODE");
      const caller = new AbortController();
      const request = fetch(app.url, { method: "POST", signal: caller.signal, headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ missions { totalCount } }` }) }).catch((e) => e);
      await sleep(300);
      caller.abort();
      expect(await request).toBeInstanceOf(Error);

      let stopped = false;
      const stopping = app.stop().then(() => (stopped = true));
      await sleep(500);
      // The HTTP side has nothing left to drain, but the operation still waits on the lock.
      expect(stopped).toBe(false);
      await blocker.query("ROLLBACK");
      await stopping;
      expect(stopped).toBe(true);
    } finally {
      await blocker.end();
      await database.close();
    }
    const logged = lines.map((l) => JSON.parse(l));
    expect(logged.filter((l) => l.level >= 40)).toEqual([]);
    expect(logged.find((l) => l.msg === "request")).toMatchObject({ aborted: true, status: null });
  });
});

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/core/logger";
import { createSharedStore, type SharedStore } from "../../src/server/cache/shared-store";
import { runPeaceops } from "../support/cli";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { startTestApp, type TestApp } from "../support/http";
import { postAt } from "../support/post";
import { startRedis, type TestRedis } from "../support/redis";

// The fixture has no deployment in 2015: nobody, until one is imported.
const IN_2015 = `{ femaleParticipation(from: "2015-01-01", to: "2015-12-31", minCellSize: 0) { total { officers known female } } }`;
const sha = (q: string) => createHash("sha256").update(q).digest("hex");
const persisted = (q: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(q) } } });

describe.each(databaseTargets())("two servers sharing one Redis, on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });
  let redis: TestRedis;
  const stores: SharedStore[] = [];
  let a: TestApp;
  let b: TestApp;
  const open = async () => {
    const store = createSharedStore({ redisUrl: redis.url, memoryBytes: 0, logger: createLogger("silent") });
    stores.push(store);
    await store.ready();
    return startTestApp(fx.database.db, true, { store });
  };
  beforeAll(async () => {
    redis = await startRedis();
    a = await open();
    b = await open();
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    for (const s of stores) await s.close();
    await redis?.stop();
  });

  it("knows on one a persisted query registered on the other, in the caller's own namespace", async () => {
    const query = `{ missions(first: 1) { totalCount } }`;
    const registered = await postAt(a.url, { query, ...persisted(query) });
    expect(registered.body.data.missions.totalCount).toBe(5);
    const used = await postAt(b.url, persisted(query));
    expect(used.body).toEqual({ ...registered.body, extensions: used.body.extensions });
    // A key's registration is its own, on every server.
    const keyQuery = `{ missions(first: 2) { totalCount } }`;
    expect((await postAt(a.url, { query: keyQuery, ...persisted(keyQuery) }, fx.tokens.ANALYST)).body.errors).toBeUndefined();
    expect((await postAt(b.url, persisted(keyQuery), fx.tokens.ANALYST)).body.data.missions.totalCount).toBe(5);
    expect((await postAt(b.url, persisted(keyQuery))).body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("shares cached answers, and drops them for a write committed elsewhere", async () => {
    const first = await postAt(a.url, { query: IN_2015 }, fx.tokens.ANALYST);
    expect([first.cache, first.body.data.femaleParticipation.total]).toEqual(["miss", { officers: 0, known: 0, female: 0 }]);
    const other = await postAt(b.url, { query: IN_2015 }, fx.tokens.ANALYST);
    expect([other.cache, other.body.data]).toEqual(["hit", first.body.data]);

    // P-001 (a woman) in MINUSTAH for the first half of 2015, imported by another process on
    // PostgreSQL (the command line), or on the embedded database's own connection.
    const csv = "personnel_number,mission_code,role_code,start_date,end_date\nP-001,MINUSTAH,TRAINING,2015-01-01,2015-06-30\n";
    if (target.name === "postgres") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-redis-"));
      try {
        fs.writeFileSync(path.join(dir, "deployments.csv"), csv);
        const done = await runPeaceops(["import", "deployments", "deployments.csv"], { DATABASE_URL: fx.database.url }, dir);
        expect([done.code, done.stderr]).toEqual([0, ""]);
        expect(done.stdout).toContain("1 inserted");
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } else {
      await fx.database.db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source) VALUES (1, 1, 1, '2015-01-01', '2015-06-30', false, 'deployments.csv')`);
    }
    for (const app of [b, a]) {
      const now = await postAt(app.url, { query: IN_2015 }, fx.tokens.ANALYST);
      expect(now.body.data.femaleParticipation.total).toEqual({ officers: 1, known: 1, female: 1 });
    }
    expect((await postAt(a.url, { query: IN_2015 }, fx.tokens.ANALYST)).cache).toBe("hit");
  });

  it("answers every request while Redis is down, from each process's own copies or afresh, and uses Redis again once it is back", async () => {
    const query = `{ headcountSeries(from: "2010-01-01", to: "2010-12-31", interval: YEAR, minCellSize: 0) { date officers known female } }`;
    const fresh = await postAt(a.url, { query }, fx.tokens.ANALYST);
    expect([fresh.cache, fresh.body.errors]).toEqual(["miss", undefined]);
    await redis.stop();
    try {
      // a keeps a copy of what it computed (exact: the key holds the data version); b has none.
      const fromA = await postAt(a.url, { query }, fx.tokens.ANALYST);
      expect([fromA.status, fromA.cache, fromA.body.data]).toEqual([200, "hit", fresh.body.data]);
      const fromB = await postAt(b.url, { query }, fx.tokens.ANALYST);
      expect([fromB.status, fromB.cache, fromB.body.data]).toEqual([200, "miss", fresh.body.data]);
      expect((await postAt(b.url, { query }, fx.tokens.ANALYST)).cache).toBe("hit");
      // A write moves the data version: no copy answers for it.
      await fx.database.db.query(`UPDATE mission SET name = name WHERE id = 1`);
      for (const app of [a, b]) {
        const res = await postAt(app.url, { query }, fx.tokens.ANALYST);
        expect([res.status, res.cache, res.body.data]).toEqual([200, "miss", fresh.body.data]);
      }
      // A hash alone cannot be looked up: the client is told to send the query, which then works.
      const apq = `{ missions(first: 3) { totalCount } }`;
      expect((await postAt(a.url, persisted(apq))).body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      expect((await postAt(a.url, { query: apq, ...persisted(apq) })).body.data.missions.totalCount).toBe(5);
      const ready = await fetch(a.url.replace("/graphql", "/readyz"));
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { cache: unknown }).cache).toMatchObject({ store: "redis", status: "unreachable" });
    } finally {
      await redis.start();
    }
    // ioredis reconnects within its 2 s back-off; then what a computes, b finds in Redis.
    let back = false;
    for (let i = 0; i < 60 && !back; i++) {
      back = (await stores[0]!.ping()) && (await stores[1]!.ping());
      if (!back) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(true);
    const later = `{ headcountSeries(from: "2011-01-01", to: "2011-12-31", interval: YEAR, minCellSize: 0) { date officers } }`;
    expect((await postAt(a.url, { query: later }, fx.tokens.ANALYST)).cache).toBe("miss");
    expect((await postAt(b.url, { query: later }, fx.tokens.ANALYST)).cache).toBe("hit");
  }, 30_000);
});

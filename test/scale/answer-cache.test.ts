import { describe, expect, it } from "vitest";
import { DATA_TABLES } from "../../src/core/db/migrations/1765123200000-data-version";
import { readDataVersion } from "../../src/core/db/data-version";
import { callerClass } from "../../src/server/cache/answer-cache.plugin";
import { stableJson } from "../../src/server/cache/answer-key";
import { toGlobalId } from "../../src/graphql/schema/common/global-id";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { startTestApp } from "../support/http";
import { postAt } from "../support/post";

// The fixture register (test/support/fixture.ts) to 2023-12-31: 5 officers, P-001 and P-004
// women, P-002 and P-005 men, P-003 undisclosed (analytics.test.ts works the figures by hand).
const PARTICIPATION = `query Participation($min: Int) { femaleParticipation(to: "2023-12-31", minCellSize: $min) { total { officers known female rate } } }`;
const GENDER = `mutation($id: ID!, $g: Gender!) { updateOfficer(id: $id, input: { gender: $g }) { id gender } }`;
const P003 = toGlobalId("Officer", 3);

describe("the answer cache's keys", () => {
  it("separate callers by kind and granted roles, never by key", () => {
    const key = (roles: string[], keyId: number, cli?: true) => ({ kind: "key", name: "k", roles: new Set(roles), keyId, cli }) as never;
    expect(callerClass(key(["ADMIN"], 1))).toBe("key:ADMIN+ANALYST+EDITOR");
    expect(callerClass(key(["ADMIN"], 2))).toBe(callerClass(key(["ADMIN"], 1)));
    expect(callerClass(key(["ANALYST"], 3))).toBe("key:ANALYST");
    expect(callerClass(key(["ANALYST"], 0, true))).toBe("key:ANALYST:cli");
    expect(callerClass({ kind: "anonymous", name: null, roles: new Set() })).toBe("anonymous");
    expect(callerClass({ kind: "invalid", name: null, roles: new Set(), problem: "x" })).toBe("invalid");
  });

  it("are the same for variables written in another order", () => {
    expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe.each(databaseTargets())("the analytics answer cache on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });
  const ask = (token: string | null, min: number | null = 0) => postAt(fx.app.url, { query: PARTICIPATION, variables: { min } }, token);

  it("serves an answer again until a write, then the new figures", async () => {
    const first = await ask(fx.tokens.ANALYST);
    expect(first.cache).toBe("miss");
    expect(first.body.data.femaleParticipation.total).toEqual({ officers: 5, known: 4, female: 2, rate: 0.5 });
    expect(first.body.extensions.sql.statements).toBeGreaterThan(0);
    const again = await ask(fx.tokens.ANALYST);
    expect(again.cache).toBe("hit");
    expect(again.body.data).toEqual(first.body.data);
    expect(again.body.extensions.sql.statements).toBe(0);

    // A write through the API: P-003 says FEMALE, so 5 known, 3 women.
    const wrote = await postAt(fx.app.url, { query: GENDER, variables: { id: P003, g: "FEMALE" } }, fx.tokens.EDITOR);
    expect(wrote.body.errors).toBeUndefined();
    const afterWrite = await ask(fx.tokens.ANALYST);
    expect(afterWrite.cache).toBe("miss");
    expect(afterWrite.body.data.femaleParticipation.total).toEqual({ officers: 5, known: 5, female: 3, rate: 0.6 });

    // A write by another client of the database, not through peaceops: P-003 says MALE.
    await fx.database.db.query(`UPDATE officer SET gender = 'MALE' WHERE id = 3`);
    const afterSql = await ask(fx.tokens.ANALYST);
    expect(afterSql.cache).toBe("miss");
    expect(afterSql.body.data.femaleParticipation.total).toEqual({ officers: 5, known: 5, female: 2, rate: 0.4 });
    expect((await ask(fx.tokens.ANALYST)).cache).toBe("hit");

    // Put back as the fixture has it, for the tests after this one.
    await fx.database.db.query(`UPDATE officer SET gender = 'UNDISCLOSED' WHERE id = 3`);
  });

  it("answers a hit before GraphQL exactly as GraphQL answers it, and leaves other requests to GraphQL", async () => {
    const raw = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const res = await fetch(fx.app.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${fx.tokens.ANALYST}`, ...headers }, body: JSON.stringify(body) });
      return { text: await res.text(), type: res.headers.get("content-type"), store: res.headers.get("cache-control"), cache: res.headers.get("x-peaceops-cache") };
    };
    // min 1 (not asked by the other tests): a miss, then a hit before GraphQL (the text is known cacheable).
    const body = { query: PARTICIPATION, variables: { min: 1 } };
    expect((await raw(body)).cache).toBe("miss");
    const early = await raw(body);
    // With an (empty) extensions object the same request goes through GraphQL, whose plugin answers from the cache.
    const throughGraphql = await raw({ ...body, extensions: {} });
    expect(early).toEqual(throughGraphql);
    expect([early.cache, early.store, early.type]).toEqual(["hit", "no-store", "application/json; charset=utf-8"]);
    expect(JSON.parse(early.text)).toEqual({ data: { femaleParticipation: { total: { officers: 5, known: 4, female: 2, rate: 0.5 } } }, extensions: { sql: { statements: 0, ms: 0 } } });
    // Naming the operation makes another key (the name is part of it); another value of a variable too.
    expect((await raw({ query: PARTICIPATION, variables: { min: 1 }, operationName: "Participation" })).cache).toBe("miss");
    expect((await raw({ query: PARTICIPATION, variables: { min: 1 }, operationName: "Participation" })).cache).toBe("hit");
    expect((await raw({ query: PARTICIPATION, variables: { min: 2 } })).cache).toBe("miss");
    // A client that asks for graphql-response+json gets GraphQL's own answer (from the cache).
    const other = await raw(body, { accept: "application/graphql-response+json" });
    expect([other.cache, other.type]).toEqual(["hit", "application/graphql-response+json; charset=utf-8"]);
    // Another caller class never gets it: the anonymous caller may not lower minCellSize.
    const anonymous = await postAt(fx.app.url, body);
    expect(anonymous.body.errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("moves the data version once per committed transaction that changes data, and not for keys or a rollback", async () => {
    const version = () => readDataVersion(fx.database.db);
    const before = (await version())!;
    await fx.database.db.transaction(async (em) => {
      await em.query(`UPDATE officer SET rank = rank WHERE id = 1`);
      await em.query(`UPDATE officer SET rank = rank WHERE id = 2`);
      await em.query(`INSERT INTO wps_milestone (date, title, description, category, source) VALUES ('2020-01-01', 't', 'd', 'FIRST', 's')`);
      // Inside the transaction the version has not moved: it moves at commit.
      expect(Number((await em.query(`SELECT version FROM data_version`))[0].version)).toBe(before);
    });
    expect(await version()).toBe(before + 1);
    await expect(
      fx.database.db.transaction(async (em) => {
        await em.query(`DELETE FROM wps_milestone WHERE title = 't'`);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await version()).toBe(before + 1);
    const created = await postAt(fx.app.url, { query: `mutation { createApiKey(name: "another", role: ANALYST) { token } }` }, fx.tokens.ADMIN);
    expect(created.body.errors).toBeUndefined();
    expect(await version()).toBe(before + 1);
    await fx.database.db.query(`DELETE FROM wps_milestone WHERE title = 't'`);
    expect(await version()).toBe(before + 2);
    expect(await fx.database.db.query(`SELECT count(*)::int AS n FROM data_change`)).toEqual([{ n: 0 }]);
  });

  it("caches nothing while the version row is gone (a database emptied by hand), and answers all the same", async () => {
    const version = (await readDataVersion(fx.database.db))!;
    await fx.database.db.query(`DELETE FROM data_version`);
    try {
      for (let i = 0; i < 2; i++) {
        const res = await ask(fx.tokens.ANALYST);
        expect([res.cache, res.body.data.femaleParticipation.total]).toEqual([null, { officers: 5, known: 4, female: 2, rate: 0.5 }]);
      }
    } finally {
      await fx.database.db.query(`INSERT INTO data_version (version) VALUES ($1)`, [version + 1]);
    }
    expect((await ask(fx.tokens.ANALYST)).cache).toBe("miss");
  });

  it("watches every table of the data, and only those", async () => {
    const tables = fx.database.db.entityMetadatas.map((m) => m.tableName).filter((t) => t !== "api_key" && t !== "audit_entry");
    expect([...DATA_TABLES].sort()).toEqual([...new Set(tables)].sort());
    const triggers = (await fx.database.db.query(
      `SELECT c.relname AS table, count(*) FILTER (WHERE t.tgenabled = 'A')::int AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE '%\\_data\\_changed' OR t.tgname LIKE '%\\_data\\_truncated' GROUP BY 1 ORDER BY 1`,
    )) as { table: string; n: number }[];
    // Both fire ALWAYS, also while an import has set session_replication_role = replica.
    expect(triggers).toEqual([...DATA_TABLES].sort().map((table) => ({ table, n: 2 })));
    expect(await fx.database.db.query(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'data_change_commit'`)).toEqual([{ tgenabled: "A" }]);
  });

  it("never serves one caller class's answer to another", async () => {
    // An ANALYST's unsuppressed answer is cached; the same request without that role is refused.
    expect((await ask(fx.tokens.ANALYST)).body.data.femaleParticipation.total.rate).toBe(0.5);
    expect((await ask(fx.tokens.ANALYST)).cache).toBe("hit");
    const anonymous = await ask(null);
    expect(anonymous.body.data?.femaleParticipation ?? null).toBeNull();
    expect(anonymous.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const invalid = await ask("not-a-key");
    expect(invalid.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    // An ADMIN computes its own (the same figures), then has it cached.
    const admin = await ask(fx.tokens.ADMIN);
    expect(admin.cache).toBe("miss");
    expect(admin.body.data).toEqual((await ask(fx.tokens.ANALYST)).body.data);
    expect((await ask(fx.tokens.ADMIN)).cache).toBe("hit");
    // Anonymous callers share theirs, suppressed: 4 known is under the default minimum of 5.
    const suppressed = await ask(null, null);
    expect(suppressed.cache).toBe("miss");
    expect(suppressed.body.data.femaleParticipation.total).toEqual({ officers: 5, known: 4, female: null, rate: null });
    expect((await ask(null, null)).cache).toBe("hit");
  });

  it("answers as a server without the cache would, under concurrent reads and writes of several roles", async () => {
    const plain = await startTestApp(fx.database.db, false, { answerCache: false });
    try {
      const callers = [fx.tokens.ANALYST, fx.tokens.ADMIN, null];
      const mins = [0, 3, null];
      const genders = ["FEMALE", "MALE", "UNDISCLOSED"];
      for (let round = 0; round < 6; round++) {
        // Before and after this round's write, the only answers a caller may see.
        const allowed = async (gender: string) => {
          const answers = new Map<string, string>();
          await fx.database.db.query(`UPDATE officer SET gender = $1 WHERE id = 3`, [gender]);
          for (const token of callers) for (const min of mins) answers.set(`${token}/${min}`, JSON.stringify((await postAt(plain.url, { query: PARTICIPATION, variables: { min } }, token)).body));
          return answers;
        };
        const from = genders[round % 3]!;
        const to = genders[(round + 1) % 3]!;
        const after = await allowed(to);
        const before = await allowed(from);
        const reads = callers.flatMap((token) => mins.flatMap((min) => [0, 1, 2].map(async () => ({ key: `${token}/${min}`, answer: await ask(token, min) }))));
        const write = postAt(fx.app.url, { query: GENDER, variables: { id: P003, g: to } }, fx.tokens.EDITOR);
        const [done, wrote] = await Promise.all([Promise.all(reads), write]);
        expect(wrote.body.errors).toBeUndefined();
        for (const { key, answer } of done) {
          const text = JSON.stringify({ ...answer.body, extensions: undefined });
          expect([before.get(key), after.get(key)].map((t) => JSON.stringify({ ...JSON.parse(t!), extensions: undefined }))).toContain(text);
        }
        // Once the write is in, every caller gets the new answer, cached or not.
        for (const token of callers) for (const min of mins) {
          const now = await ask(token, min);
          expect(JSON.stringify({ ...now.body, extensions: undefined })).toBe(JSON.stringify({ ...JSON.parse(after.get(`${token}/${min}`)!), extensions: undefined }));
        }
      }
    } finally {
      await plain.stop();
      await fx.database.db.query(`UPDATE officer SET gender = 'UNDISCLOSED' WHERE id = 3`);
    }
  });
});

import { Client } from "pg";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/core/db/data-source";
import { DEFAULT_LIMITS } from "../src/server/limits";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { loadFixture } from "./support/fixture";
import { createTestKey, startTestApp } from "./support/http";
import { NESTED } from "./support/queries";

type App = Awaited<ReturnType<typeof startTestApp>>;

async function post(app: App, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/** `levels` nested fields: missions > edges > node > deployments > edges > node > mission > ... */
function deepQuery(levels: number): string {
  const path = ["missions", "edges", "node", "deployments", "edges", "node", "mission", "deployments", "edges", "node", "mission", "deployments", "edges", "node"];
  const fields = path.slice(0, levels - 1);
  const leaf = ["missions", "deployments", "edges"].includes(fields[fields.length - 1]) ? "__typename" : fields[fields.length - 1] === "node" ? "id" : "code";
  return "{ " + fields.map((f) => (f === "missions" || f === "deployments" ? `${f}(first: 1) {` : `${f} {`)).join(" ") + ` ${leaf} ` + "}".repeat(fields.length) + " }";
}

const [embedded] = databaseTargets();

describe("limits on the embedded database", () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await embedded.open();
    await loadFixture(database.db);
    app = await startTestApp(database.db);
    // The showcase query reads deployments, which needs an ANALYST key.
    app.token = await createTestKey(database.db, "ANALYST");
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  // After every rejection the server answers a plain query correctly.
  async function stillServes() {
    const res = await app.gql(`{ missions { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.missions.totalCount).toBe(5);
  }

  it("admits the showcase query at (50, 20) and rejects it at (100, 100) and (1000, 1000) by cost", async () => {
    const ok = await app.gql(NESTED(50, 20));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.missions.edges).toHaveLength(5);
    for (const [m, d] of [[100, 100], [1000, 1000]]) {
      const res = await post(app, { query: NESTED(m, d) });
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      // Page sizes count up to the largest page the API serves (100): 1 + 100 * (1 + 1 + 2 + 2 + 1 + 100 * 9).
      expect(res.body.errors).toEqual([
        {
          message: "Query cost 90701 exceeds the cost limit of 20000: a list costs its page size times its selection, so ask for smaller pages or fewer fields",
          extensions: { code: "QUERY_TOO_COMPLEX" },
        },
      ]);
    }
    await stillServes();
  });

  it("costs page sizes given in variables, and leaves an over-large single page to the resolver", async () => {
    const q = `query($m: Int, $d: Int) { missions(first: $m) { edges { node { deployments(first: $d) { edges { node { id } } } } } } }`;
    const res = await post(app, { query: q, variables: { m: 100, d: 100 } });
    expect(res.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    // node { id } 2, edges 3, deployments 1 + 100 * 3, node 302, edges 303, missions 1 + 100 * 303
    expect(res.body.errors[0].message).toContain("Query cost 30301 exceeds");
    const big = await app.gql(`{ missions(first: 5000) { totalCount } }`);
    expect(big.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(big.errors?.[0].message).toBe("first must be at most 100, got 5000; page through with after/before");
    await stillServes();
  });

  it("limits depth to 12", async () => {
    const ok = await app.gql(deepQuery(12));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.missions.edges).toHaveLength(1);
    const res = await post(app, { query: deepQuery(13) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: "Query depth limit of 12 exceeded, found 13.", extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    await stillServes();
  });

  it("limits aliases to 30", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: missions(first: 1) { totalCount }`).join(" ")} }`;
    const ok = await app.gql(aliases(30));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.a29.totalCount).toBe(5);
    const res = await post(app, { query: aliases(31) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: "Aliases limit of 30 exceeded, found 31.", extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    await stillServes();
  });

  it("limits directives to 50", async () => {
    const fragments = (n: number) => `{ ${"... on Query @include(if: true) { __typename } ".repeat(n)} }`;
    expect((await app.gql(fragments(50))).data).toEqual({ __typename: "Query" });
    const res = await post(app, { query: fragments(51) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: "Directives limit of 50 exceeded, found 51.", extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    await stillServes();
  });

  it("limits tokens to 2000 while parsing", async () => {
    // { missions(filter: { countries: [ ...codes ] }) { totalCount } } is 16 tokens besides the codes.
    const countries = (n: number) => `{ missions(filter: { countries: [${'"HTI" '.repeat(n)}] }) { totalCount } }`;
    const ok = await app.gql(countries(1984));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.missions.totalCount).toBe(1);
    const res = await post(app, { query: countries(1985) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: "The query has more than 2000 tokens, the token limit: send a shorter document", extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    await stillServes();
  });

  it("answers graphql-js's own field-merge budget as a limit", async () => {
    const res = await post(app, { query: `{ ${"__typename ".repeat(1990)} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: "The query repeats fields too often to be validated (field-merge budget): remove repeated fields", extensions: { code: "QUERY_TOO_COMPLEX" } }]);
    await stillServes();
  });

  it("limits the body to 100 KiB", async () => {
    const query = `{ missions { totalCount } }`;
    const pad = (bytes: number) => JSON.stringify({ query, variables: { pad: "x".repeat(bytes) } });
    const fits = pad(DEFAULT_LIMITS.maxBodyBytes - 100);
    expect(Buffer.byteLength(fits)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBodyBytes);
    expect((await post(app, fits)).body.data.missions.totalCount).toBe(5);
    const res = await post(app, pad(DEFAULT_LIMITS.maxBodyBytes));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ errors: [{ message: "The request body is larger than the body size limit of 102400 bytes", extensions: { code: "QUERY_TOO_COMPLEX" } }] });
    await stillServes();
  });

  it("refuses batched requests", async () => {
    const res = await post(app, [{ query: `{ missions { totalCount } }` }, { query: `{ countries { totalCount } }` }]);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ message: "Batched requests are not accepted (batch limit 1): send one operation per request", extensions: { code: "QUERY_TOO_COMPLEX" } }] });
    await stillServes();
  });

  it("applies configured limits", async () => {
    const strict = await startTestApp(database.db, false, { limits: { ...DEFAULT_LIMITS, maxDepth: 4, maxCost: 100, maxAliases: 1, maxTokens: 20, maxBatch: 2 } });
    try {
      const depth = await post(strict, { query: `{ missions { edges { node { leadOrganization { code } } } } }` });
      expect(depth.body.errors[0]).toEqual({ message: "Query depth limit of 4 exceeded, found 5.", extensions: { code: "QUERY_TOO_COMPLEX" } });
      // 1 + 20 * (1 + (1 + 1 + 1)) = 81, then 1 + 50 * 4 = 201
      expect((await post(strict, { query: `{ missions { edges { node { code name } } } }` })).body.data.missions.edges).toHaveLength(5);
      const cost = await post(strict, { query: `{ missions(first: 50) { edges { node { code name } } } }` });
      expect(cost.body.errors[0].message).toContain("Query cost 201 exceeds the cost limit of 100");
      const aliases = await post(strict, { query: `{ a: missions { totalCount } b: countries { totalCount } }` });
      expect(aliases.body.errors[0].message).toBe("Aliases limit of 1 exceeded, found 2.");
      const tokens = await post(strict, { query: `{ ${"__typename ".repeat(20)} }` });
      expect(tokens.body.errors[0].message).toBe("The query has more than 20 tokens, the token limit: send a shorter document");
      const batch = await post(strict, [{ query: `{ missions { totalCount } }` }, { query: `{ a: countries { totalCount } }` }]);
      expect(batch.status).toBe(200);
      expect(batch.body.map((r: any) => r.data)).toEqual([{ missions: { totalCount: 5 } }, { a: { totalCount: expect.any(Number) } }]);
      const three = await post(strict, [{ query: `{ __typename }` }, { query: `{ __typename }` }, { query: `{ __typename }` }]);
      expect(three.status).toBe(400);
      expect(three.body.errors[0]).toEqual({ message: "A batch may hold at most 2 operations (the batch limit), got 3", extensions: { code: "QUERY_TOO_COMPLEX" } });
    } finally {
      await strict.stop();
    }
  });
});

const postgres = databaseTargets().find((t) => t.name === "postgres");
describe.runIf(postgres)("the statement timeout on PostgreSQL", () => {
  let database: TestDatabase;
  let timed: DataSource;
  let app: App;
  beforeAll(async () => {
    database = await postgres!.open();
    await loadFixture(database.db);
    timed = createDataSource({ url: database.url, poolSize: 2, statementTimeoutMs: 300 });
    await timed.initialize();
    app = await startTestApp(timed, false, { limits: { ...DEFAULT_LIMITS, statementTimeoutMs: 300 } });
  });
  afterAll(async () => {
    await app?.stop();
    await timed?.destroy();
    await database?.close();
  });

  it("cancels a statement that runs too long and says which limit it hit", async () => {
    // Another connection holds the table, so the API's statement waits until the timeout cancels it.
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE mission IN ACCESS EXCLUSIVE MODE");
      const started = Date.now();
      const res = await app.gql(`{ missions { totalCount } }`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(res.data).toBeNull();
      expect(res.errors).toEqual([
        {
          message: "The database cancelled this query after the statement timeout of 300 ms: narrow the period, the filters or the page",
          path: ["missions"],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: "QUERY_TOO_COMPLEX" },
        },
      ]);
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    const after = await app.gql(`{ missions { totalCount } }`);
    expect(after.data.missions.totalCount).toBe(5);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";
import { createTestKey } from "./support/http";
import { NESTED } from "./support/queries";

// What each request's statements are charged to travels with the request (its scope and the
// connection of its transaction), not with async context: under a concurrent mix, every answer's
// extensions.sql is its own operation's count, and each caller keeps its own persisted queries.
const PAGE = `{ countries(first: 3) { edges { node { iso3 } } } }`;
const COUNTED = `{ countries(first: 3) { totalCount edges { node { iso3 } } } }`;
const WRITE = `mutation ($source: String!) { createDeploymentRequest(input: { missionCode: "UNMIK", requestedByCountryIso3: "XKX", receivedOn: "2021-05-01", positionsRequested: 1, decision: PENDING, source: $source }) { id source } }`;
const PERSISTED = `{ missions(first: 2) { edges { node { code } } } }`;
const hash = createHash("sha256").update(PERSISTED).digest("hex");

describe.each(databaseTargets())("request meters under concurrent mixed load on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });

  it("charges every statement to the request that ran it, and keeps persisted queries per caller", async () => {
    const editor = await createTestKey(fx.database.db, "EDITOR", "meter editor");
    // A write's statements (its reads of references, the INSERT, the audit entry), counted quietly.
    const quietWrite = await fx.app.gql(WRITE, { source: "meter quiet" }, { token: editor });
    expect(quietWrite.errors).toBeUndefined();
    const writeStatements = quietWrite.extensions?.sql?.statements as number;
    expect(writeStatements).toBeGreaterThanOrEqual(2);

    const post = (body: unknown, token?: string) =>
      fetch(fx.app.url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json());
    const registered = await post({ query: PERSISTED, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, fx.tokens.ADMIN);
    expect(registered.data.missions.edges).toHaveLength(2);
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };

    const wrong: unknown[] = [];
    const check = (what: string, ok: boolean, res: unknown) => {
      if (!ok) wrong.push({ what, res });
    };
    const rounds = Array.from({ length: 12 }, (_, n) => [
      fx.app.gql(NESTED(50, 20)).then((r) => check("nested", !r.errors && r.extensions?.sql?.statements === 2, r)),
      fx.app.gql(PAGE).then((r) => check("page", r.extensions?.sql?.statements === 1, r)),
      fx.app.gql(COUNTED).then((r) => check("counted", r.data?.countries.totalCount === 8 && r.extensions?.sql?.statements === 2, r)),
      fx.app.gql(WRITE, { source: `meter ${n}` }, { token: editor }).then((r) => check("write", !r.errors && r.extensions?.sql?.statements === writeStatements, r)),
      post(byHash, fx.tokens.ADMIN).then((r) => check("admin's hash", r.data?.missions.edges.length === 2, r)),
      post(byHash).then((r) => check("anonymous lookup", r.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND", r)),
      post(byHash, fx.tokens.ANALYST).then((r) => check("analyst lookup", r.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND", r)),
    ]).flat();
    await Promise.all(rounds);
    expect(wrong).toEqual([]);
    const stored = (await fx.database.db.query(`SELECT count(*)::int AS n FROM deployment_request WHERE source LIKE 'meter %'`)) as { n: number }[];
    expect(stored[0]!.n).toBe(13);
  }, 60_000);
});

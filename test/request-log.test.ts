import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/core/logger";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { loadFixture } from "./support/fixture";
import { createTestKey, startTestApp } from "./support/http";

// Well formed but unknown, so it is looked up (and must still never be logged).
const TOKEN = `po_${"S3cr3t".repeat(7)}x`;
const NAME = "Genevieve Tremblay-Okafor";

describe("request logs", () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  const lines: string[] = [];
  beforeAll(async () => {
    database = await databaseTargets()[0].open();
    await loadFixture(database.db);
    app = await startTestApp(database.db, true, { logger: createLogger("info", { write: (line: string) => void lines.push(line) }) });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  /** The one "request" line logged for this request id (it is written once the response has gone). */
  async function lineFor(requestId: string): Promise<any> {
    for (let i = 0; i < 50; i++) {
      const found = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request" && l.requestId === requestId);
      if (found.length) {
        expect(found).toHaveLength(1);
        return found[0];
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no log line for ${requestId}`);
  }

  it("logs one line per request with its id, operation, duration, status and SQL count, and nothing the caller sent", async () => {
    const res = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: `query MissionsNamed($s: String) { missions(filter: { search: $s }) { totalCount edges { node { code } } } }`, variables: { s: NAME } }),
    });
    const body = (await res.json()) as any;
    expect(body.data.missions.totalCount).toBe(0);
    const id = res.headers.get("x-request-id")!;
    const line = await lineFor(id);
    expect(line).toMatchObject({ level: 30, service: "peaceops", method: "POST", path: "/graphql", status: 200, aborted: false, operationName: "MissionsNamed", operation: "query", errors: 0, caller: "invalid" });
    expect(line.sqlStatements).toBe(body.extensions.sql.statements);
    expect(line.sqlStatements).toBe(2);
    expect(line.durationMs).toBeGreaterThan(0);
    expect(line.errorCodes).toBeUndefined();
    const all = lines.join("");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(NAME);
    expect(all).not.toContain("missions(filter");

    // A valid key is named by its name, never its token; no key is "anonymous".
    const token = await createTestKey(database.db, "ANALYST", "BI dashboard");
    const keyed = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": "keyed-1" }, body: JSON.stringify({ query: "{ officers { totalCount } }" }) });
    expect(((await keyed.json()) as any).data.officers.totalCount).toBe(5);
    expect(await lineFor("keyed-1")).toMatchObject({ caller: "BI dashboard", errors: 0 });
    const anonymous = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "anon-1" }, body: JSON.stringify({ query: "{ missions { totalCount } }" }) });
    expect(anonymous.status).toBe(200);
    expect(await lineFor("anon-1")).toMatchObject({ caller: "anonymous" });
    expect(lines.join("")).not.toContain(token);
  });

  it("logs error codes, and requests refused before GraphQL, without their body or query string", async () => {
    const bad = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ missions(first: -1) { totalCount } }` }) });
    expect(await lineFor(bad.headers.get("x-request-id")!)).toMatchObject({ status: 200, errors: 1, errorCodes: ["BAD_USER_INPUT"], sqlStatements: 0, operation: "query", operationName: null });

    const malformed = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "malformed-1" }, body: `{"query": "${NAME}` });
    expect(malformed.status).toBe(400);
    expect(await lineFor("malformed-1")).toMatchObject({ status: 400, errors: 1, errorCodes: ["BAD_REQUEST"], operation: null });

    const search = new URLSearchParams({ query: `query($s: String) { missions(filter: { search: $s }) { totalCount } }`, variables: JSON.stringify({ s: NAME }) });
    const viaGet = await fetch(`${app.url}?${search}`, { headers: { "apollo-require-preflight": "1", "x-request-id": "get-1" } });
    expect(viaGet.status).toBe(200);
    const getBody = (await viaGet.json()) as any;
    expect(getBody.data.missions.totalCount).toBe(0);
    expect(await lineFor("get-1")).toMatchObject({ method: "GET", path: "/graphql", status: 200, sqlStatements: getBody.extensions.sql.statements });

    const csrf = await fetch(`${app.url}?${search}`, { headers: { "x-request-id": "csrf-1" } });
    expect(csrf.status).toBe(400);
    expect(await lineFor("csrf-1")).toMatchObject({ status: 400, operation: null });
    expect(lines.join("")).not.toContain(NAME);
    expect(lines.join("")).not.toContain(encodeURIComponent(NAME));
  });
});

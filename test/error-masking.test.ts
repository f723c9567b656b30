import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/core/logger";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { loadFixture } from "./support/fixture";
import { startTestApp } from "./support/http";

const ID = /^Internal server error \(error id ([0-9a-f-]{36})\)$/;

describe("error masking under every NODE_ENV", () => {
  let database: TestDatabase;
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    database = await databaseTargets()[0].open();
    await loadFixture(database.db);
    // A missing table makes every organization query fail inside the database driver.
    await database.db.query(`ALTER TABLE organization RENAME TO organization_gone`);
  });
  afterAll(async () => {
    await database?.close();
  });
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  async function failingQuery(env: string, debugErrors: boolean) {
    process.env.NODE_ENV = env;
    const lines: string[] = [];
    const app = await startTestApp(database.db, false, { debugErrors, logger: createLogger("info", { write: (l: string) => void lines.push(l) }) });
    try {
      const res = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ organizations { totalCount } __schema { queryType { name } } }` }) });
      const text = await res.text();
      return { status: res.status, text, body: JSON.parse(text), lines };
    } finally {
      await app.stop();
    }
  }

  it.each(["development", "production", "test"])("NODE_ENV=%s: an id only, no stack trace and no SQL; the log has the cause under that id", async (env) => {
    const { body, text, lines } = await failingQuery(env, false);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    const id = ID.exec(error.message)?.[1];
    expect(id).toBeDefined();
    expect(error).toEqual({ message: `Internal server error (error id ${id})`, locations: [{ line: 1, column: 3 }], path: ["organizations"], extensions: { code: "INTERNAL_SERVER_ERROR", errorId: id } });
    for (const leak of ["stacktrace", "SELECT", "organization\\\"", "    at "]) expect(text).not.toContain(leak);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.errorId === id);
    expect(logged.msg).toBe("internal error");
    expect(logged.err.message).toBe('relation "organization" does not exist');
    // The driver's own error, with its stack (reads go to the pg pool, writes through TypeORM).
    expect(logged.err.stack).toContain('relation "organization" does not exist');
    expect(logged.err.stack).toContain("    at ");
  });

  it.each(["development", "production"])("NODE_ENV=%s with PEACEOPS_DEBUG_ERRORS: the cause's message, still no stack trace", async (env) => {
    const { body, text } = await failingQuery(env, true);
    expect(body.errors[0].message).toBe('relation "organization" does not exist');
    expect(body.errors[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(text).not.toContain("stacktrace");
    expect(text).not.toContain("SELECT");
  });

  it("keeps introspection on in production: the schema is public and committed", async () => {
    process.env.NODE_ENV = "production";
    const app = await startTestApp(database.db, false);
    try {
      const res = await app.gql(`{ __schema { queryType { name } } }`);
      expect(res.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    } finally {
      await app.stop();
    }
  });
});

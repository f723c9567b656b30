import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { apqKey, createApqCache } from "../src/server/cache/apq-cache";
import { memoryStore } from "../src/server/cache/shared-store";
import { ANONYMOUS, type Caller } from "../src/core/policy";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";
import { createTestKey } from "./support/http";

const NOT_FOUND = { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] };

const key = (keyId: number): Caller => ({ kind: "key", name: "same name", roles: new Set(["ADMIN"]), keyId });
const invalid: Caller = { kind: "invalid", name: null, roles: new Set(), problem: "The API key is unknown." };
const commandLine: Caller = { kind: "key", name: "cli:someone", roles: new Set(["ADMIN"]), cli: true };

describe("the persisted-query cache", () => {
  it("keeps one namespace per key, and one for every caller without a usable key", () => {
    expect(apqKey(key(7), "h")).toBe("key:7|h");
    // Another key, even of the same name and role, has its own.
    expect(apqKey(key(8), "h")).toBe("key:8|h");
    expect(apqKey(ANONYMOUS, "h")).toBe("public|h");
    // Anyone can send a bad token: such a caller is one of the public.
    expect(apqKey(invalid, "h")).toBe("public|h");
  });

  it("keeps nothing for a caller without a key id (the command line)", () => {
    expect(apqKey(commandLine, "h")).toBeNull();
  });

  it("is bounded: past its size the least recently used entry goes, keys counted too", async () => {
    // Each entry is "public|apq:hN" (13 characters) plus a 30-character text: two fit in 100.
    const cache = createApqCache(memoryStore(100).namespace(""));
    await cache.set("public|apq:h1", "a".repeat(30));
    await cache.set("public|apq:h2", "b".repeat(30));
    expect(await cache.get("public|apq:h1")).toBe("a".repeat(30)); // h1 is now the most recently used
    await cache.set("public|apq:h3", "c".repeat(30));
    expect(await cache.get("public|apq:h1")).toBe("a".repeat(30));
    expect(await cache.get("public|apq:h2")).toBeUndefined();
    expect(await cache.get("public|apq:h3")).toBe("c".repeat(30));
  });
});

describe.each(databaseTargets())("automatic persisted queries across callers on the $name database", (target) => {
  const fx = useFixtureApp(target, { traceSql: false });

  const hashOf = (query: string) => createHash("sha256").update(query).digest("hex");
  const extensionsOf = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: hashOf(query) } });
  const authorization = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

  /** POSTs the query with its hash (registering it), or the hash alone. */
  async function post(token: string | null, query: string, withText: boolean): Promise<unknown> {
    const body = withText ? { query, extensions: extensionsOf(query) } : { extensions: extensionsOf(query) };
    const res = await fetch(fx.app.url, { method: "POST", headers: { "content-type": "application/json", ...authorization(token) }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    return res.json();
  }
  async function getByHash(token: string | null, query: string): Promise<unknown> {
    const search = new URLSearchParams({ extensions: JSON.stringify(extensionsOf(query)) });
    const res = await fetch(`${fx.app.url}?${search}`, { headers: { "apollo-require-preflight": "true", ...authorization(token) } });
    expect(res.status).toBe(200);
    return res.json();
  }

  it("serves a hash registered with an ADMIN key to that key only", async () => {
    const query = `{ officers(first: 1, filter: { personnelNumbers: ["P-001"] }) { edges { node { familyName } } } }`;
    const names = { data: { officers: { edges: [{ node: { familyName: "Tremblay" } }] } } };
    const otherAdmin = await createTestKey(fx.database.db, "ADMIN", "another admin");

    expect(await post(fx.tokens.ADMIN, query, false)).toEqual(NOT_FOUND);
    expect(await post(fx.tokens.ADMIN, query, true)).toEqual(names);
    expect(await post(fx.tokens.ADMIN, query, false)).toEqual(names);
    expect(await getByHash(fx.tokens.ADMIN, query)).toEqual(names);

    for (const token of [null, "not-a-token", fx.tokens.ANALYST, fx.tokens.EDITOR, otherAdmin]) {
      expect(await post(token, query, false), String(token)).toEqual(NOT_FOUND);
      expect(await getByHash(token, query), String(token)).toEqual(NOT_FOUND);
    }
    // Registering it as well gives the other ADMIN key its own entry; the first key's stays.
    expect(await post(otherAdmin, query, true)).toEqual(names);
    expect(await post(otherAdmin, query, false)).toEqual(names);
    expect(await post(fx.tokens.ADMIN, query, false)).toEqual(names);
    expect(await post(null, query, false)).toEqual(NOT_FOUND);
  });

  it("serves a hash registered without a key to every caller without a usable key, and to no key", async () => {
    const query = `{ missions(first: 1) { edges { node { code } } } }`;
    const missions = { data: { missions: { edges: [{ node: { code: "CPM-UKRAINE" } }] } } };

    expect(await post(null, query, false)).toEqual(NOT_FOUND);
    expect(await post(null, query, true)).toEqual(missions);
    expect(await post(null, query, false)).toEqual(missions);
    expect(await getByHash(null, query)).toEqual(missions);
    expect(await getByHash("not-a-token", query)).toEqual(missions);
    for (const token of [fx.tokens.ANALYST, fx.tokens.ADMIN]) expect(await post(token, query, false)).toEqual(NOT_FOUND);
  });
});

import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SharedVersionRead } from "../../src/core/db/data-version";
import type { ReadRouter } from "../../src/core/db/read-router";
import { ANONYMOUS, type Caller } from "../../src/core/policy";
import { answerKey } from "../../src/server/cache/answer-key";
import { cachedAnswers } from "../../src/server/cache/cached-answers";
import { CacheableTexts } from "../../src/server/cache/cacheable-texts";
import { memoryStore } from "../../src/server/cache/shared-store";

// The lookup before GraphQL on its own, in a real express app whose last handler says when a
// request fell through to what would be GraphQL.
const QUERY = `query Share { femaleParticipation(to: "2020-12-31") { total { officers } } }`;
const ANSWER = `{"femaleParticipation":{"total":{"officers":12}}}`;

describe("the answer cache's lookup before GraphQL", () => {
  let url = "";
  let server: http.Server;
  let versionReads = 0;
  let version: number | null = 7;
  const store = memoryStore(1 << 20).namespace("peaceops:answer:");
  const texts = new CacheableTexts();
  const router = { routeToPrimary: async () => (versionReads++, { primaryVersion: version }) } as unknown as ReadRouter;
  const analyst: Caller = { kind: "key", name: "analyst key", roles: new Set(["ANALYST"]) } as Caller;
  beforeAll(async () => {
    const app = express();
    app.use(express.json());
    app.use((req, _res, next) => {
      (req as any).caller = req.headers.authorization ? analyst : ANONYMOUS;
      next();
    });
    app.use(cachedAnswers({ router, store, schemaTag: "tag", texts, traceSql: false, callerOf: (req) => (req as any).caller }));
    app.use((_req, res) => void res.status(299).send("fell through"));
    server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: res.status, text: await res.text(), cache: res.headers.get("x-peaceops-cache") };
  };

  it("looks nothing up for a text GraphQL has not found cacheable", async () => {
    await store.set(answerKey("tag", 7, "key:ANALYST", QUERY, null, null), ANSWER);
    expect(await post({ query: QUERY }, { authorization: "Bearer x" })).toEqual({ status: 299, text: "fell through", cache: null });
    expect(versionReads).toBe(0);
  });

  it("answers a known text from the cache under the current version, the caller's class and the variables", async () => {
    texts.add(QUERY, null, "Share");
    expect(await post({ query: QUERY }, { authorization: "Bearer x" })).toEqual({ status: 200, text: `{"data":${ANSWER}}\n`, cache: "hit" });
    expect(versionReads).toBe(1);
    // Another class, other variables, another version, a version row gone: not this answer.
    expect((await post({ query: QUERY })).status).toBe(299);
    expect((await post({ query: QUERY, variables: { a: 1 } }, { authorization: "Bearer x" })).status).toBe(299);
    version = 8;
    expect((await post({ query: QUERY }, { authorization: "Bearer x" })).status).toBe(299);
    version = null;
    expect((await post({ query: QUERY }, { authorization: "Bearer x" })).status).toBe(299);
    version = 7;
  });

  it("leaves to GraphQL what it must check or shape itself", async () => {
    const auth = { authorization: "Bearer x" };
    for (const body of [
      { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      { query: QUERY, extensions: {} },
      [{ query: QUERY }],
      { query: QUERY, operationName: 3 },
      { query: QUERY, variables: [1] },
      { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
    ]) {
      expect((await post(body, auth)).status).toBe(299);
    }
    expect((await post({ query: QUERY }, { ...auth, accept: "application/graphql-response+json" })).status).toBe(299);
    expect((await post({ query: QUERY }, { ...auth, accept: "application/json" })).status).toBe(200);
    const get = await fetch(`${url}?query=${encodeURIComponent(QUERY)}`, { headers: auth });
    expect(get.status).toBe(299);
  });

  it("gives each caller of a shared version read one that began after it asked", async () => {
    // A read sees the version of the moment it began (a statement's snapshot) and ends when released.
    let committed = 1;
    const began: number[] = [];
    const release: (() => void)[] = [];
    const reads = {
      query: async () => {
        const snapshot = committed;
        began.push(snapshot);
        await new Promise<void>((r) => release.push(r));
        return [{ version: snapshot }];
      },
    };
    const shared = new SharedVersionRead(reads as never);
    const a = shared.read(); // begins read 1
    committed = 2; // a write commits while read 1 runs
    const b = shared.read(); // asked after read 1 began: must not get it
    const c = shared.read(); // shares b's read
    expect(began).toEqual([1]);
    release.shift()!();
    expect(await a).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(began).toEqual([1, 2]);
    release.shift()!();
    expect([await b, await c]).toEqual([2, 2]);
    // Idle again: the next caller begins a read of its own.
    const d = shared.read();
    expect(began).toEqual([1, 2, 2]);
    release.shift()!();
    expect(await d).toBe(2);
  });
});

import { ApolloServer } from "@apollo/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Context } from "../src/graphql/context";
import { ANONYMOUS, type Caller } from "../src/core/policy";
import { createNoStorePlugin } from "../src/server/no-store.plugin";

// The schema has no cache hints yet; this one has, to show what the plugin guards against.
const typeDefs = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query { reference: String @cacheControl(maxAge: 60, scope: PUBLIC) }
`;

describe("no-store for callers with a key", () => {
  let server: ApolloServer<Pick<Context, "caller">>;
  beforeAll(async () => {
    server = new ApolloServer({ typeDefs, resolvers: { Query: { reference: () => "public data" } }, plugins: [createNoStorePlugin()] });
    await server.start();
  });
  afterAll(() => server?.stop());

  const cacheControlFor = async (caller: Caller) => {
    const response = await server.executeOperation({ query: "{ reference }" }, { contextValue: { caller } });
    expect(response.body).toEqual({ kind: "single", singleResult: { data: { reference: "public data" } } });
    return response.http.headers.get("cache-control");
  };

  it("keeps a public cache hint for anonymous callers, and answers no-store to any caller who sent a token", async () => {
    expect(await cacheControlFor(ANONYMOUS)).toBe("max-age=60, public");
    expect(await cacheControlFor({ kind: "key", name: "bi", roles: new Set(["ANALYST"]), keyId: 1 })).toBe("no-store");
    expect(await cacheControlFor({ kind: "key", name: "ops", roles: new Set(["ADMIN"]), keyId: 2 })).toBe("no-store");
    expect(await cacheControlFor({ kind: "invalid", name: null, roles: new Set(), problem: "The API key is unknown." })).toBe("no-store");
  });
});

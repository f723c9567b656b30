import type { DataSource } from "typeorm";
import { cliActor } from "../../src/core/audit/actor";
import { createApiKey } from "../../src/core/auth/api-key.repository";
import type { Role } from "../../src/core/auth/roles";
import { createLogger } from "../../src/core/logger";
import { startApp, type AppOptions, type RunningApp } from "../../src/server/app";

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: { sql?: { statements: number; ms: number } } & Record<string, unknown>;
}

export interface GqlOptions {
  /** An API key for this request; null sends none even when the app has a default. */
  token?: string | null;
}

export interface TestApp extends RunningApp {
  url: string;
  /** Sent with every request that does not say otherwise. */
  token: string | null;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GraphQLResponse<T>>;
}

/** A real API key of `role` in the test database; returns its token. */
export async function createTestKey(db: DataSource, role: Role, name = `test ${role.toLowerCase()}`): Promise<string> {
  return (await createApiKey(db, { name, role }, cliActor())).token;
}

/**
 * The real HTTP server on a free loopback port, with SQL tracing on; `options` override the rest.
 * Every document is compiled from its first execution, so the tests run on the compiled path (the
 * one that serves a document sent again); read-plans.test.ts compares it with graphql-js.
 */
export async function startTestApp(db: DataSource, traceSql = true, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const app = await startApp({ db, logger: createLogger("silent"), traceSql, debugErrors: false, compileAfter: 1, ...options }, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const testApp: TestApp = {
    ...app,
    url,
    token: null,
    async gql(query, variables, options = {}) {
      const token = options.token === undefined ? testApp.token : options.token;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse;
    },
  };
  return testApp;
}

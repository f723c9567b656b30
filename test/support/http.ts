import type { DataSource } from "typeorm";
import { createLogger } from "../../src/logger";
import { startApp, type AppOptions, type RunningApp } from "../../src/server/app";

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: { sql?: { statements: number; ms: number } } & Record<string, unknown>;
}

/** The real HTTP server on a free loopback port, with SQL tracing on; `options` override the rest. */
export async function startTestApp(
  db: DataSource,
  traceSql = true,
  options: Partial<AppOptions> = {},
): Promise<RunningApp & { url: string; gql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>> }> {
  const app = await startApp({ db, logger: createLogger("silent"), traceSql, debugErrors: false, ...options }, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${app.port}/graphql`;
  return {
    ...app,
    url,
    async gql(query, variables) {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse;
    },
  };
}

import { Client } from "pg";

/** The PostgreSQL server benches make their scratch databases on, as its admin. */
export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** One statement as the admin (CREATE/DROP DATABASE). */
export async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the admin's server. */
export function databaseUrl(name: string): string {
  return Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
}

import { cliActor } from "../audit/actor";
import { ApiKeyInputError, createApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from "../auth/api-key.repository";
import type { Role } from "../auth/roles";
import type { Config } from "../config";
import { openForCliWrite } from "./open-for-write";

async function withDatabase<T>(config: Config, work: (db: Awaited<ReturnType<typeof openForCliWrite>>["db"]) => Promise<T>): Promise<T> {
  const database = await openForCliWrite(config);
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

/** Prints the token once, alone on the last line, so scripts can take `tail -n 1`. */
export async function keysCreate(config: Config, input: { name: string; role: Role; json: boolean }): Promise<void> {
  const key = await withDatabase(config, (db) => createApiKey(db, input, cliActor()));
  if (input.json) {
    process.stdout.write(`${JSON.stringify({ name: key.name, role: key.role, token: key.token })}\n`);
    return;
  }
  process.stdout.write(
    `Created API key ${key.id} "${key.name}" with role ${key.role}.\n` +
      `Store the token now: it is shown only once (only its hash is kept).\n${key.token}\n`,
  );
}

function status(key: ApiKeyRow): string {
  return key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
}

export async function keysList(config: Config, json: boolean): Promise<void> {
  const keys = await withDatabase(config, (db) => listApiKeys(db));
  if (json) {
    process.stdout.write(`${JSON.stringify(keys.map((k) => ({ ...k, createdAt: k.createdAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null })))}\n`);
    return;
  }
  if (keys.length === 0) {
    process.stdout.write("No API keys. Create one with `peaceops keys create --role ANALYST --name <name>`.\n");
    return;
  }
  const rows = [["id", "prefix", "role", "name", "created", "by", "status"], ...keys.map((k) => [String(k.id), k.prefix, k.role, k.name, k.createdAt.toISOString(), k.createdBy, status(k)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  process.stdout.write(rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n") + "\n");
}

export async function keysRevoke(config: Config, idOrPrefix: string): Promise<void> {
  const result = await withDatabase(config, (db) => revokeApiKey(db, idOrPrefix, cliActor()));
  if (!result) throw new ApiKeyInputError(`no API key has the id or prefix "${idOrPrefix}" (see \`peaceops keys list\`)`);
  const { key, revokedNow } = result;
  process.stdout.write(
    !revokedNow
      ? `API key ${key.id} "${key.name}" (${key.prefix}) was already revoked on ${key.revokedAt!.toISOString()}.\n`
      : `Revoked API key ${key.id} "${key.name}" (${key.prefix}); requests with it now get UNAUTHENTICATED.\n`,
  );
}

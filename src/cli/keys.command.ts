import { cliActor } from "../core/audit/actor";
import { ApiKeyInputError, createApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from "../core/auth/api-key.repository";
import type { Role } from "../core/auth/roles";
import type { CliContext } from "./context";
import { write } from "./io";

/** Prints the token once, alone on the last line, so scripts can take `tail -n 1`. */
export async function keysCreate(ctx: CliContext, input: { name: string; role: Role; json: boolean }): Promise<void> {
  const key = await ctx.lend("migrated", ({ db }) => createApiKey(db, input, cliActor()));
  if (input.json) {
    await write(ctx.io.stdout, `${JSON.stringify({ id: key.id, name: key.name, role: key.role, prefix: key.prefix, token: key.token })}\n`);
    return;
  }
  await write(ctx.io.stdout, 
    `Created API key ${key.id} "${key.name}" with role ${key.role}.\n` +
      `Store the token now: it is shown only once (only its hash is kept).\n${key.token}\n`,
  );
}

function status(key: ApiKeyRow): string {
  return key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
}

export async function keysList(ctx: CliContext, json: boolean): Promise<void> {
  const keys = await ctx.lend("migrated", ({ db }) => listApiKeys(db));
  if (json) {
    await write(ctx.io.stdout, `${JSON.stringify(keys.map((k) => ({ ...k, createdAt: k.createdAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null })))}\n`);
    return;
  }
  if (keys.length === 0) {
    await write(ctx.io.stdout, "No API keys. Create one with `peaceops keys create --role ANALYST --name <name>`.\n");
    return;
  }
  const rows = [["id", "prefix", "role", "name", "created", "by", "status"], ...keys.map((k) => [String(k.id), k.prefix, k.role, k.name, k.createdAt.toISOString(), k.createdBy, status(k)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  await write(ctx.io.stdout, rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n") + "\n");
}

export async function keysRevoke(ctx: CliContext, idOrPrefix: string): Promise<void> {
  const result = await ctx.lend("migrated", ({ db }) => revokeApiKey(db, idOrPrefix, cliActor()));
  if (!result) throw new ApiKeyInputError(`no API key has the id or prefix "${idOrPrefix}" (see \`peaceops keys list\`)`);
  const { key, revokedNow } = result;
  await write(ctx.io.stdout, 
    !revokedNow
      ? `API key ${key.id} "${key.name}" (${key.prefix}) was already revoked on ${key.revokedAt!.toISOString()}.\n`
      : `Revoked API key ${key.id} "${key.name}" (${key.prefix}); requests with it now get UNAUTHENTICATED.\n`,
  );
}

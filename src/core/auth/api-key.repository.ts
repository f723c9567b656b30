import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../audit/actor";
import { recordAudit } from "../audit/audit-log";
import { readsOf } from "../db/reads";
import { FIELD_RULES } from "../input/field-rules";
import type { Queryable } from "../repositories/sql";
import type { Role } from "./roles";
import { generateToken, hashToken, tokenPrefix } from "./token";

export interface ApiKeyRow {
  id: number;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
}

export interface CreatedApiKey extends ApiKeyRow {
  /** Shown once; only its hash is stored. */
  token: string;
}

const COLUMNS = `id, name, role, prefix, created_at AS "createdAt", created_by AS "createdBy", revoked_at AS "revokedAt"`;

export class ApiKeyInputError extends Error {}

/** A key's name follows the name rule (src/input): it is shown in the audit log as who did what. */
export function validateKeyName(name: string): string {
  const result = FIELD_RULES.keyName.check(name);
  if (result.problem !== undefined) throw new ApiKeyInputError(`the key name ${result.problem}`);
  // The audit log names command-line actors `cli:<user>`; a key must not pass for one.
  if (/^cli:/i.test(result.value)) throw new ApiKeyInputError('the key name must not start with "cli:" (reserved for the command line)');
  return result.value;
}

/** What runs a key's write in one transaction: the database, or a request's scope (which meters it). */
export interface Transactional {
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
}

export async function createApiKey(db: Transactional, input: { name: string; role: Role }, actor: Actor): Promise<CreatedApiKey> {
  const name = validateKeyName(input.name);
  const token = generateToken();
  return db.transaction(async (em) => {
    const [row] = (await em.query(
      `INSERT INTO api_key (name, role, token_hash, prefix, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [name, input.role, hashToken(token), tokenPrefix(token), actor.name],
    )) as ApiKeyRow[];
    await recordAudit(em, actor, { action: "KEY_CREATE", entity: "api_key", entityId: row!.id, after: { name, role: input.role, prefix: row!.prefix } });
    return { ...row!, token };
  });
}

export async function listApiKeys(db: Queryable): Promise<ApiKeyRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM api_key ORDER BY id`)) as ApiKeyRow[];
}

/**
 * Revokes by id or by prefix; returns the key and whether this call revoked it (revoking twice is a
 * no-op), or null when no key matches.
 */
export async function revokeApiKey(db: Transactional, idOrPrefix: string, actor: Actor): Promise<{ key: ApiKeyRow; revokedNow: boolean } | null> {
  const byId = /^[0-9]{1,9}$/.test(idOrPrefix);
  return db.transaction(async (em) => {
    const found = (await em.query(`SELECT ${COLUMNS} FROM api_key WHERE ${byId ? "id = $1" : "prefix = $1"} FOR UPDATE`, [byId ? Number(idOrPrefix) : idOrPrefix])) as ApiKeyRow[];
    if (found.length !== 1) {
      if (found.length > 1) throw new ApiKeyInputError(`several keys start with ${idOrPrefix}: revoke by id`);
      return null;
    }
    const key = found[0]!;
    if (key.revokedAt) return { key, revokedNow: false };
    // (TypeORM returns [rows, count] for UPDATE ... RETURNING, so read the row back instead.)
    await em.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1`, [key.id]);
    const [revoked] = (await em.query(`SELECT ${COLUMNS} FROM api_key WHERE id = $1`, [key.id])) as ApiKeyRow[];
    await recordAudit(em, actor, { action: "KEY_REVOKE", entity: "api_key", entityId: key.id, before: { name: key.name, role: key.role, prefix: key.prefix } });
    return { key: revoked!, revokedNow: true };
  });
}

/**
 * The key a token belongs to (revoked or not), or null. Asked on every request that carries a
 * token: a prepared statement straight on the pool (db/reads.ts).
 */
export async function findKeyByToken(db: DataSource, token: string): Promise<ApiKeyRow | null> {
  const rows = (await readsOf(db).query(`SELECT ${COLUMNS} FROM api_key WHERE token_hash = $1`, [hashToken(token)])) as ApiKeyRow[];
  return rows[0] ?? null;
}

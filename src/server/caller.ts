import type { DataSource } from "typeorm";
import { findKeyByToken } from "../core/auth/api-key.repository";
import { TOKEN_PATTERN } from "../core/auth/token";
import { ANONYMOUS, type Caller } from "../core/policy";

const invalid = (problem: string): Caller => ({ kind: "invalid", name: null, roles: new Set(), problem });

/**
 * The caller behind an Authorization header. One indexed lookup per request that carries a token,
 * so a key revoked from the CLI stops working at the next request.
 */
export async function callerFromAuthorization(db: DataSource, header: string | undefined): Promise<Caller> {
  if (header === undefined || header === "") return ANONYMOUS;
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) return invalid("The Authorization header must be `Bearer <token>`.");
  const token = match[1]!;
  if (!TOKEN_PATTERN.test(token)) return invalid("The API key is malformed.");
  const key = await findKeyByToken(db, token);
  if (!key) return invalid("The API key is unknown.");
  if (key.revokedAt) return invalid("The API key has been revoked.");
  return { kind: "key", name: key.name, roles: new Set([key.role]), keyId: key.id };
}

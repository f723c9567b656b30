import { createHash, randomBytes } from "node:crypto";

/** `po_` and 43 base64url characters (32 random bytes). */
export const TOKEN_PATTERN = /^po_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return `po_${randomBytes(32).toString("base64url")}`;
}

/** SHA-256 hex: the only form of a token that is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The first characters of a token: enough to tell keys apart in listings, useless to an attacker. */
export function tokenPrefix(token: string): string {
  return token.slice(0, 11);
}

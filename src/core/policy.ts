import { grantedRoles, type Role } from "./auth/roles";
import { cached } from "./cached";
import { ForbiddenError, UnauthenticatedError, UserInputError } from "./errors";

export type { Role } from "./auth/roles";

/**
 * Who is calling: nobody (no Authorization header), a valid API key, or a token that was sent but
 * is unusable (`problem` says why); the last fails only where a role is required.
 */
export type Caller =
  | { kind: "anonymous"; name: null; roles: ReadonlySet<Role> }
  | {
      kind: "key";
      name: string;
      roles: ReadonlySet<Role>;
      /** The API key's id (names are not unique); none for the local command line. */
      keyId?: number;
      /** The local command line, not an API key. */
      cli?: true;
    }
  | { kind: "invalid"; name: null; roles: ReadonlySet<Role>; problem: string };

export const ANONYMOUS: Caller = { kind: "anonymous", name: null, roles: new Set() };

// A caller's held roles are one set for the whole request: what they grant is worked out once.
const granted = new WeakMap<ReadonlySet<Role>, ReadonlySet<Role>>();

function grantsOf(held: ReadonlySet<Role>): ReadonlySet<Role> {
  return cached(granted, held, () => grantedRoles(held));
}

/**
 * Throws unless the caller holds one of `required` (any key when empty): UNAUTHENTICATED without a
 * usable key, FORBIDDEN with a key of too low a role.
 */
export function requireRole(caller: Caller, required: readonly Role[]): void {
  if (caller.kind === "key" && (required.length === 0 || required.some((r) => grantsOf(caller.roles).has(r)))) return;
  const what = required.length ? `the ${required.join(" or ")} role` : "an API key";
  if (caller.kind === "invalid") throw new UnauthenticatedError(`${caller.problem} This needs ${what}.`);
  if (caller.kind === "anonymous") throw new UnauthenticatedError(`This needs ${what}: send an API key (Authorization: Bearer <token>).`);
  const held = [...caller.roles].join(", ");
  // The command line (export, query) reads as an analyst unless asked for names.
  if (caller.cli) throw new ForbiddenError(`This needs ${what}; the command runs as ${held} unless given --include-names.`);
  throw new ForbiddenError(`This needs ${what}; the API key has ${held}.`);
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.kind === "key" && grantsOf(caller.roles).has(role);
}

/** Rows with fewer known-gender officers than this hide their gender figures (small-cell suppression). */
export const DEFAULT_MIN_CELL_SIZE = 5;

/**
 * The effective minimum cell size. Anonymous callers may raise it, never lower it (FORBIDDEN); an
 * ANALYST key (or higher) may go down to 0; a token that was sent but is unusable gets
 * UNAUTHENTICATED.
 */
export function resolveMinCellSize(requested: number | null | undefined, caller: Caller): number {
  if (requested === null || requested === undefined) return DEFAULT_MIN_CELL_SIZE;
  if (!Number.isInteger(requested) || requested < 0) {
    throw new UserInputError(`minCellSize must be a whole number >= 0, got ${requested}`, "minCellSize");
  }
  if (requested < DEFAULT_MIN_CELL_SIZE && !hasRole(caller, "ANALYST")) {
    if (caller.kind !== "anonymous") requireRole(caller, ["ANALYST"]);
    throw new ForbiddenError(`minCellSize below ${DEFAULT_MIN_CELL_SIZE} needs the ANALYST role (got ${requested})`);
  }
  return requested;
}

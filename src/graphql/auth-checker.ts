import type { AuthChecker } from "type-graphql";
import { grantedRoles, type Role } from "../core/auth/roles";
import { cached } from "../core/cached";
import { ForbiddenError, UnauthenticatedError } from "../core/errors";
import type { Caller, Context } from "./context";

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

/** The one place where `@Authorized(...)` is decided. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, required) => {
  requireRole(context.caller, required);
  return true;
};

import { UserInputError, ForbiddenError } from "../errors";
import { hasRole, requireRole } from "../../graphql/auth-checker";
import type { Caller } from "../../graphql/context";

/** DESIGN.md analytics 8: rows with fewer known-gender officers than this hide their gender figures. */
export const DEFAULT_MIN_CELL_SIZE = 5;

/**
 * The effective minimum cell size. Anonymous callers may raise it, never lower it (FORBIDDEN, as
 * issue 4 and DESIGN.md say); an ANALYST key (or higher) may go down to 0; a token that was sent but
 * is unusable gets UNAUTHENTICATED.
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

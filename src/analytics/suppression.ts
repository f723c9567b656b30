import { BadUserInputError, ForbiddenError } from "../errors";
import type { Caller } from "../server/context";

/** DESIGN.md analytics 8: rows with fewer known-gender officers than this hide their gender figures. */
export const DEFAULT_MIN_CELL_SIZE = 5;

/**
 * The effective minimum cell size. Anonymous callers may raise it, never lower it (FORBIDDEN);
 * analysts may go down to 0. Until API keys exist every caller is treated as an analyst.
 */
export function resolveMinCellSize(requested: number | null | undefined, caller: Caller, treatAllAsAnalyst = true): number {
  if (requested === null || requested === undefined) return DEFAULT_MIN_CELL_SIZE;
  if (!Number.isInteger(requested) || requested < 0) {
    throw new BadUserInputError(`minCellSize must be a whole number >= 0, got ${requested}`, "minCellSize");
  }
  const analyst = treatAllAsAnalyst || caller.roles.size > 0;
  if (requested < DEFAULT_MIN_CELL_SIZE && !analyst) {
    throw new ForbiddenError(`minCellSize below ${DEFAULT_MIN_CELL_SIZE} needs the ANALYST role (got ${requested})`);
  }
  return requested;
}

import type { AuthChecker } from "type-graphql";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { Context, Role } from "./context";

// ADMIN includes every lower role, EDITOR includes ANALYST.
const IMPLIES: Record<Role, Role[]> = { ADMIN: ["ADMIN", "EDITOR", "ANALYST"], EDITOR: ["EDITOR", "ANALYST"], ANALYST: ["ANALYST"] };

/** The one place where `@Authorized(...)` is decided. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, required) => {
  const held = new Set<Role>([...context.caller.roles].flatMap((r) => IMPLIES[r]));
  if (required.length === 0 ? context.caller.kind !== "anonymous" : required.some((r) => held.has(r))) return true;
  if (context.caller.kind === "anonymous") throw new UnauthenticatedError(`This field requires the ${required.join(" or ")} role: send an API key (Authorization: Bearer <token>).`);
  throw new ForbiddenError(`This field requires the ${required.join(" or ")} role.`);
};

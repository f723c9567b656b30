import type { AuthChecker } from "type-graphql";
import { requireRole, type Role } from "../core/policy";
import type { Context } from "./context";

/** The one place where `@Authorized(...)` is decided: the core's role policy. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, required) => {
  requireRole(context.caller, required);
  return true;
};

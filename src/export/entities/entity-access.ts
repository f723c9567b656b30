import { UserInputError } from "../../core/errors";
import { requireRole, type Caller, type Role } from "../../core/policy";
import type { EntitySpec } from "./entity-specs";

/**
 * The access rules of the same data in GraphQL, decided by the core's role policy, as the API's
 * auth checker decides them: officers and deployments need ANALYST, names need ADMIN. Throws
 * UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a caller without the role.
 */
export function assertEntityAccess(spec: EntitySpec, caller: Caller, includeNames: boolean): void {
  if (includeNames && !spec.nameColumns) throw new UserInputError(`includeNames applies to the officers export only, not ${spec.name}`, "includeNames");
  const required: Role[] = includeNames ? ["ADMIN"] : spec.role ? [spec.role] : [];
  if (required.length) requireRole(caller, required);
}

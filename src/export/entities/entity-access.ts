import type { AuthCheckerFn } from "type-graphql";
import { UserInputError, ForbiddenError } from "../../core/errors";
import { authChecker } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import type { Role } from "../../core/policy";
import type { EntitySpec } from "./entity-specs";

/**
 * The access rules of the same data in GraphQL, decided by the API's one auth checker: officers and
 * deployments need ANALYST, names need ADMIN. Throws UNAUTHENTICATED for an anonymous caller,
 * FORBIDDEN for a caller without the role.
 */
export function assertEntityAccess(spec: EntitySpec, context: Context, includeNames: boolean): void {
  if (includeNames && !spec.nameColumns) throw new UserInputError(`includeNames applies to the officers export only, not ${spec.name}`, "includeNames");
  const required: Role[] = includeNames ? ["ADMIN"] : spec.role ? [spec.role] : [];
  if (!required.length) return;
  const check = authChecker as AuthCheckerFn<Context, Role>;
  if (check({ context, root: undefined, args: {}, info: undefined as never }, required) !== true) {
    throw new ForbiddenError(`The ${spec.name} export requires the ${required.join(" or ")} role.`);
  }
}

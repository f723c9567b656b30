import { Authorized, Extensions } from "type-graphql";
import type { Role } from "../../auth/roles";

/**
 * `@Authorized(role)` that also records the role in the field's (or type's) schema extensions, so a
 * test can walk the built schema and find any field that returns personal data without a guard.
 */
export function Guard(role: Role): MethodDecorator & PropertyDecorator & ClassDecorator {
  const authorized = Authorized(role) as (...args: unknown[]) => void;
  const extensions = Extensions({ requiredRole: role }) as (...args: unknown[]) => void;
  return ((...args: unknown[]) => {
    authorized(...args);
    extensions(...args);
  }) as MethodDecorator & PropertyDecorator & ClassDecorator;
}

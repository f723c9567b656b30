import { Authorized, Extensions } from "type-graphql";
import type { Role } from "../../../core/auth/roles";

/**
 * A role guard, recorded in the field's (or type's) schema extensions as `requiredRole`, so a test
 * can walk the built schema and find any field that returns personal data without a guard.
 * - On a field, the check is made by the field's resolver (`leanResolvers`, lean-resolvers.ts):
 *   synchronously, with `requireRole`, before the field's value is read or loaded.
 * - On a type, type-graphql's `@Authorized` checks every field the class declares.
 */
export function Guard(role: Role): MethodDecorator & PropertyDecorator & ClassDecorator {
  const authorized = Authorized(role) as (...args: unknown[]) => void;
  const extensions = Extensions({ requiredRole: role }) as (...args: unknown[]) => void;
  return ((...args: unknown[]) => {
    // A class decorator gets the class alone; a field or method decorator also gets its name.
    if (args.length === 1) authorized(...args);
    extensions(...args);
  }) as MethodDecorator & PropertyDecorator & ClassDecorator;
}

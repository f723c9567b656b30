import { Field, Int } from "type-graphql";
import type { KeySpec, ValueKind } from "../../../core/analytics/dimension-keys";
import { DateScalar } from "../common/date.scalar";
import { Jurisdiction, MissionKind, PersonnelType, RoleCategory } from "../common/enums";

const VALUE_TYPES = {
  int: () => Int,
  boolean: () => Boolean,
  text: () => String,
  date: () => DateScalar,
  roleCategory: () => RoleCategory,
  personnelType: () => PersonnelType,
  missionKind: () => MissionKind,
  jurisdiction: () => Jurisdiction,
} satisfies Record<ValueKind, () => object>;

/**
 * Declares the plain-valued fields of a report's key type from the core's dimension registry (all
 * nullable: a row sets only its groupBy dimensions). Reference fields get their resolvers from
 * `keyResolver` (resolvers/analytics-keys.resolver.ts).
 */
export function declareKeyFields(keyType: { prototype: object }, registry: Readonly<Record<string, KeySpec>>): void {
  for (const spec of Object.values(registry)) {
    if (typeof spec.value !== "string") continue;
    Field(VALUE_TYPES[spec.value], { nullable: true, description: spec.description })(keyType.prototype, spec.field);
  }
}

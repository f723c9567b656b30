import { getNamedType, isObjectType, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from "graphql";

type Level = "ANALYST" | "ADMIN";
const RANK = { ANALYST: 1, EDITOR: 2, ADMIN: 3 } as Record<string, number>;

/**
 * Types that hold personal data or identify officers, and the role they need. A new type holding
 * such data must be added here; a field returning it (directly, in a list or in a connection) is
 * then checked wherever it appears.
 */
export const SENSITIVE_TYPES: Record<string, Level> = {
  Officer: "ANALYST",
  Deployment: "ANALYST",
  ApiKey: "ADMIN",
  CreatedApiKey: "ADMIN",
  AuditEntry: "ADMIN",
};

/** Field names that are personal data wherever they appear. */
export const PERSONAL_FIELD = /^(given|family|first|last|middle|full|display|maiden)Name$|surname|birth|email|phone|address/i;

function roleOf(extensions: unknown): string | undefined {
  return (extensions as { requiredRole?: string } | undefined)?.requiredRole;
}

/** The type a field yields: a connection's or edge's node type, else its named type. */
function yielded(type: GraphQLNamedType): GraphQLNamedType {
  if (isObjectType(type) && /(Connection|Edge)$/.test(type.name)) {
    const inner = type.getFields().edges ?? type.getFields().node;
    if (inner) return yielded(getNamedType(inner.type));
  }
  return type;
}

export interface GuardViolation {
  field: string;
  needs: string;
  has: string;
}

/** Every field of the schema that returns personal data without a guard at least as strict as needed. */
export function unguardedFields(schema: GraphQLSchema, exempt: readonly string[] = []): GuardViolation[] {
  const violations: GuardViolation[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Connection and edge types are plumbing: they are reached only through a field returning the
    // connection, which is checked for the node type it yields.
    if (!isObjectType(type) || type.name.startsWith("__") || /(Connection|Edge)$/.test(type.name)) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields()) as GraphQLField<unknown, unknown>[]) {
      const name = `${type.name}.${field.name}`;
      if (exempt.includes(name)) continue;
      const target = yielded(getNamedType(field.type));
      let needs: string | undefined = SENSITIVE_TYPES[target.name];
      if (PERSONAL_FIELD.test(field.name) && !["ApiKey", "CreatedApiKey"].includes(type.name)) needs = "ADMIN";
      if (type.name === "Mutation") needs ??= "EDITOR";
      if (!needs) continue;
      // Only a field's own guard counts: type-graphql does not apply a type's guard to fields it
      // inherits (Node.id), so crediting the type would hide an open field.
      const has = roleOf(field.extensions);
      if (!has || RANK[has]! < RANK[needs]!) violations.push({ field: name, needs, has: has ?? "none" });
    }
  }
  return violations;
}

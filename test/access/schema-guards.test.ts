import { GraphQLObjectType, GraphQLSchema, GraphQLString, isNonNullType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { NODE_TYPE_ROLES } from "../../src/graphql/resolvers/node.resolver";
import { buildPeaceopsSchema } from "../../src/graphql/build-schema";
import { CHECKS_ROLE } from "../../src/graphql/lean-resolvers";
import { SENSITIVE_TYPES, unguardedFields } from "../support/guard-walk";

describe("role guards declared on the schema", () => {
  it("guard every field that returns personal data, officer records or keys, and every mutation", () => {
    // node(id) returns an interface: its guard is per type at run time, checked below and in roles.test.ts.
    expect(unguardedFields(buildPeaceopsSchema(), ["Query.node"])).toEqual([]);
  });

  it("guard node(id) for every sensitive type that implements Node", () => {
    const schema = buildPeaceopsSchema();
    const nodeTypes = schema.getPossibleTypes(schema.getType("Node") as any).map((t) => t.name);
    const sensitive = nodeTypes.filter((t) => SENSITIVE_TYPES[t]);
    expect(sensitive.sort()).toEqual(["Deployment", "Officer"]);
    for (const t of sensitive) expect(NODE_TYPE_ROLES[t as keyof typeof NODE_TYPE_ROLES], t).toBe(SENSITIVE_TYPES[t]);
  });

  it("find a forgotten guard (the walk itself can fail)", () => {
    const officer = new GraphQLObjectType({ name: "Officer", fields: { personnelNumber: { type: GraphQLString } } });
    const person = new GraphQLObjectType({ name: "Contact", fields: { familyName: { type: GraphQLString } } });
    const query = new GraphQLObjectType({
      name: "Query",
      fields: {
        officer: { type: officer },
        guarded: { type: officer, extensions: { requiredRole: "ANALYST" } },
        tooWeak: { type: person, extensions: { requiredRole: "ANALYST" } },
        contact: { type: person },
      },
    });
    expect(unguardedFields(new GraphQLSchema({ query }))).toEqual([
      { field: "Query.officer", needs: "ANALYST", has: "none" },
      { field: "Contact.familyName", needs: "ADMIN", has: "none" },
    ]);
  });
});

describe("role guards that degrade gracefully", () => {
  it("leave every guarded field nullable, so a refusal nulls that field alone, not its parent", () => {
    const schema = buildPeaceopsSchema();
    const guarded: string[] = [];
    const nonNull: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        if (!(field.extensions as { requiredRole?: string }).requiredRole) continue;
        guarded.push(`${type.name}.${field.name}`);
        if (isNonNullType(field.type)) nonNull.push(`${type.name}.${field.name}: ${field.type}`);
      }
    }
    expect(nonNull).toEqual([]);
    expect(guarded).toEqual(expect.arrayContaining(["Mission.deployments", "Deployment.officer", "Officer.givenName", "Query.officers", "Mutation.createMission"]));
  });
});

describe("role guards enforced by the built schema", () => {
  it("check the role in the resolver of every field that declares one, before its value is read", () => {
    const schema = buildPeaceopsSchema();
    const unchecked: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const role = (field.extensions as { requiredRole?: string }).requiredRole;
        if (!role) continue;
        if ((field.resolve as { [CHECKS_ROLE]?: string } | undefined)?.[CHECKS_ROLE] === role) checked += 1;
        else unchecked.push(`${type.name}.${field.name}`);
      }
    }
    expect(unchecked).toEqual([]);
    // Officer names, deployments, officers, keys, audit, every mutation...: far more than a handful.
    expect(checked).toBeGreaterThan(20);
  });
});

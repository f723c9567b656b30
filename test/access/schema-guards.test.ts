import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { describe, expect, it } from "vitest";
import { NODE_TYPE_ROLES } from "../../src/resolvers/node.resolver";
import { buildPeaceopsSchema } from "../../src/schema/build-schema";
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

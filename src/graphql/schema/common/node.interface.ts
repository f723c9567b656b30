import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({
  description: "An object with a global id, fetchable with `node(id)`.",
  // Rows are plain objects, not class instances: `node(id)` tags each with its type name.
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  // Rows come without it: each type's resolver makes it from the row's `pk` (node-id.ts).
  @Field(() => ID, { description: "Opaque global id (Relay)." })
  id!: string;
}

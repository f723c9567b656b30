import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the selection under the resolving field names `field` anywhere below it (through
 * fragments too): a report computes what costs a statement, such as its provenance, only when asked.
 */
export function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === field || walk(s.selectionSet)) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (walk(s.selectionSet)) return true;
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (walk(info.fragments[s.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}

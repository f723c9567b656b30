import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { isReport } from "../core/analytics/report-cost";
import { toGraphQLError } from "../graphql/errors";
import { reportCountError } from "./report-limits";

/**
 * The report limit as a validation rule: it needs no variables, so it is checked as the document is
 * validated, and at the operation's start, so that a request that is both over the limit and wrong
 * in its arguments (the alias bomb with a date out of range) is told about the limit first.
 * Reports are fields of Query: counted at the top of the operation, through its fragments, each
 * spread as often as it is spread. The cost plugin checks the same count again for /export.
 */
export function reportCountRule(max: number): ValidationRule {
  return (ctx: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of ctx.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const counted = new Map<string, { count: number; first: string | null }>();
    const visiting = new Set<string>(); // a fragment cycle is its own validation error

    const count = (set: SelectionSetNode): { count: number; first: string | null } => {
      let total = 0;
      let first: string | null = null;
      const add = (c: { count: number; first: string | null }) => {
        total += c.count;
        first ??= c.first;
      };
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) add(isReport(s.name.value) ? { count: 1, first: s.name.value } : { count: 0, first: null });
        else if (s.kind === Kind.INLINE_FRAGMENT) add(count(s.selectionSet));
        else {
          const name = s.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue;
          if (!counted.has(name)) {
            visiting.add(name);
            counted.set(name, count(fragment.selectionSet));
            visiting.delete(name);
          }
          add(counted.get(name)!);
        }
      }
      return { count: total, first };
    };

    return {
      OperationDefinition(node) {
        if (node.operation !== "query") return;
        const found = count(node.selectionSet);
        if (found.count > max) ctx.reportError(toGraphQLError(reportCountError(found.count, found.first!, max)));
      },
    };
  };
}

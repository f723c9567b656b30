import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { LimitError } from "../core/errors";
import { toGraphQLError } from "../graphql/errors";
import type { Limits } from "./limits";
import { reportCountRule } from "./report-count.rule";

// graphql-armor words every rejection as a "Syntax Error"; the query is well-formed, it only
// exceeds a limit, so the caller gets the limit's own sentence under QUERY_TOO_COMPLEX.
const report = (ctx: ValidationContext | null, err: GraphQLError) => {
  ctx?.reportError(toGraphQLError(new LimitError(err.message.replace(/^Syntax Error: /, ""))));
};

const armor = { exposeLimits: true, propagateOnRejection: false, onReject: [report] };

/**
 * Report, depth, alias and directive limits, checked while the document is validated, before any of it
 * runs. The token limit comes first, at parse time, so these walk a document of bounded size.
 */
export function limitRules(limits: Pick<Limits, "maxDepth" | "maxAliases" | "maxDirectives" | "maxReports">): ValidationRule[] {
  return [
    reportCountRule(limits.maxReports),
    maxDepthRule({ ...armor, n: limits.maxDepth }) as unknown as ValidationRule,
    maxAliasesRule({ ...armor, n: limits.maxAliases }) as unknown as ValidationRule,
    maxDirectivesRule({ ...armor, n: limits.maxDirectives }) as unknown as ValidationRule,
  ];
}

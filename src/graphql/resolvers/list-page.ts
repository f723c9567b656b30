import type { GraphQLResolveInfo } from "graphql";
import { rowShape } from "../../core/reads/includes";
import { listConnection, type ListArgs, type ListSpec } from "../../core/repositories/list";
import type { Connection } from "../../core/model/paging";
import { connectionPlan } from "../selection-plan";
import type { Context } from "../context";

/**
 * A top-level connection field: the page of `spec`'s rows of `type`, read as the field's selection
 * plans it (relations included, the total counted only when it is selected).
 */
export function listPage<F, O extends string, T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  type: string,
  spec: ListSpec<F, O>,
  args: ListArgs<F, O>,
  map: (row: any) => T,
): Promise<Connection<T>> {
  const plan = connectionPlan(info, ctx);
  return listConnection(ctx.reads, spec, args, rowShape(type, plan, map), plan.totalCount);
}

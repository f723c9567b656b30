import { Ctx, Query, Resolver } from "type-graphql";
import type { ApiRole } from "../schema/api-key.type";
import { Viewer } from "../schema/viewer.type";
import type { Context } from "../context";

@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { description: "The caller as the API sees it (public)." })
  viewer(@Ctx() ctx: Context): Viewer {
    const c = ctx.caller;
    return {
      authenticated: c.kind === "key",
      name: c.kind === "key" ? c.name : null,
      role: c.kind === "key" ? ([...c.roles][0] as ApiRole) : null,
      problem: c.kind === "invalid" ? c.problem : null,
    };
  }
}

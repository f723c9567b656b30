import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Int, Mutation, Query, Resolver, Info } from "type-graphql";
import { listPage } from "./list-page";
import { ApiKeyInputError, createApiKey, listApiKeys, revokeApiKey } from "../../core/auth/api-key.repository";
import { UserInputError, NotFoundError } from "../../core/errors";
import { auditList } from "../../core/repositories/audit.repository";
import { ApiKey, ApiRole, CreatedApiKey } from "../schema/api-key.type";
import { AuditEntryConnection, AuditLogArgs } from "../schema/audit-entry.type";
import { Guard } from "../schema/common/guard";
import { OrderDirection } from "../schema/common/order-direction.enum";
import type { Context } from "../context";
import { requestActor } from "../../core/writes/write";

@Resolver()
export class AdminResolver {
  @Guard("ADMIN")
  @Query(() => [ApiKey], { nullable: true, description: "API keys, revoked ones included (ADMIN)." })
  apiKeys(@Ctx() ctx: Context) {
    return listApiKeys(ctx.primary);
  }

  @Guard("ADMIN")
  @Query(() => AuditEntryConnection, { nullable: true, description: "The audit log, newest first (ADMIN)." })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "AuditEntry", auditList, { ...args, orderBy: [{ field: "AT" as const, direction: OrderDirection.DESC }] }, (row) => row);
  }

  @Guard("ADMIN")
  @Mutation(() => CreatedApiKey, { nullable: true, description: "Creates an API key; the token is in this answer only (ADMIN)." })
  async createApiKey(@Arg("name") name: string, @Arg("role", () => ApiRole) role: ApiRole, @Ctx() ctx: Context) {
    try {
      return await createApiKey(ctx, { name, role }, requestActor(ctx));
    } catch (err) {
      if (err instanceof ApiKeyInputError) throw new UserInputError(err.message, "name");
      throw err;
    }
  }

  @Guard("ADMIN")
  @Mutation(() => ApiKey, { nullable: true, description: "Revokes an API key: requests with it get UNAUTHENTICATED from then on (ADMIN)." })
  async revokeApiKey(@Arg("id", () => Int) id: number, @Ctx() ctx: Context) {
    const result = await revokeApiKey(ctx, String(id), requestActor(ctx));
    if (!result) throw new NotFoundError(`No API key has the id ${id}`);
    return result.key;
  }
}

import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Guard } from "./common/guard";

export enum ApiRole {
  ANALYST = "ANALYST",
  EDITOR = "EDITOR",
  ADMIN = "ADMIN",
}
registerEnumType(ApiRole, {
  name: "ApiRole",
  description: "ANALYST: pseudonymous officer records and unsuppressed aggregates; EDITOR: also writes; ADMIN: also names, keys and the audit log.",
});

@Guard("ADMIN")
@ObjectType({ description: "An API key (ADMIN only). The token itself is never stored or shown again after creation." })
export class ApiKey {
  @Field(() => Int)
  id!: number;

  @Field()
  name!: string;

  @Field(() => ApiRole)
  role!: ApiRole;

  @Field({ description: "The token's first characters, to recognise it." })
  prefix!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field({ description: "Who created it: an API key's name or `cli:<OS user>`." })
  createdBy!: string;

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt!: Date | null;
}

@Guard("ADMIN")
@ObjectType({ description: "A new API key with its token, shown this once." })
export class CreatedApiKey extends ApiKey {
  @Field({ description: "Send as `Authorization: Bearer <token>`. Shown only once." })
  token!: string;
}

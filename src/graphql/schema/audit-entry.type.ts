import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { ArgsType, Field, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs } from "./common/connection.args";
import { ConnectionType } from "./common/connection.type";
import { DateScalar } from "./common/date.scalar";
import { Guard } from "./common/guard";
import type { AuditEntryRow, AuditFilter as AuditFilterShape } from "../../core/model/audit-entry";

@Guard("ADMIN")
@ObjectType({ description: "One change to the data (ADMIN only: before/after may hold officers' names)." })
export class AuditEntry implements AuditEntryRow {
  @Field(() => Int)
  id!: number;

  @Field(() => DateTimeResolver)
  at!: Date;

  @Field({ description: "KEY (through the API) or CLI." })
  actorKind!: string;

  @Field({ description: "The API key's name, or `cli:<OS user>`." })
  actor!: string;

  @Field({ description: "CREATE, UPDATE, DELETE, IMPORT, KEY_CREATE or KEY_REVOKE." })
  action!: string;

  @Field({ description: "The entity changed (mission, officer, ...), the import kind, or api_key." })
  entity!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: "Imports: file, checksum and counts." })
  details!: Record<string, unknown> | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntry);

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class AuditFilter implements AuditFilterShape {
  @Field(() => [String], { nullable: true })
  entities?: string[] | null;

  @Field(() => [String], { nullable: true })
  actions?: string[] | null;

  @Field(() => [String], { nullable: true })
  actors?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Entries on or after this day (UTC)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Entries on or before this day (UTC)." })
  to?: string | null;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter | null;
}

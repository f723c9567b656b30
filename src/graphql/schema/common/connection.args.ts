import { ArgsType, Field, Int } from "type-graphql";
import type { PageArgs } from "../../../core/model/paging";

@ArgsType()
export class ConnectionArgs implements PageArgs {
  @Field(() => Int, { nullable: true, description: "Page size from the start (default 20, at most 100)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the edge after which the page starts." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Page size from the end (at most 100)." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the edge before which the page ends." })
  before?: string | null;
}

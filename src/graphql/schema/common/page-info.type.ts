import { Field, ObjectType } from "type-graphql";
import type { PageInfo as PageInfoShape } from "../../../core/model/paging";

@ObjectType({ description: "Relay page information." })
export class PageInfo implements PageInfoShape {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

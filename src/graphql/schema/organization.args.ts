import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { OrganizationKind } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { OrganizationOrderField, type OrganizationFilter as OrganizationFilterShape } from "../../core/model/organization";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class OrganizationFilter implements OrganizationFilterShape {
  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in code or name." })
  search?: string | null;
}

registerEnumType(OrganizationOrderField, { name: "OrganizationOrderField" });

export const OrganizationOrder = OrderInput<OrganizationOrderField>("Organization", OrganizationOrderField);
export type OrganizationOrder = Order<OrganizationOrderField>;

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  filter?: OrganizationFilter | null;

  @Field(() => [OrganizationOrder], { nullable: true, description: "Sort keys in order; default: CODE ascending." })
  orderBy?: OrganizationOrder[] | null;
}

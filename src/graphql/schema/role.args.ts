import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { RoleCategory } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { RoleOrderField, type RoleFilter as RoleFilterShape } from "../../core/model/role";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class RoleFilter implements RoleFilterShape {
  @Field(() => [RoleCategory], { nullable: true })
  categories?: RoleCategory[] | null;
}

registerEnumType(RoleOrderField, { name: "RoleOrderField" });

export const RoleOrder = OrderInput<RoleOrderField>("Role", RoleOrderField);
export type RoleOrder = Order<RoleOrderField>;

@ArgsType()
export class RolesArgs extends ConnectionArgs {
  @Field(() => RoleFilter, { nullable: true })
  filter?: RoleFilter | null;

  @Field(() => [RoleOrder], { nullable: true, description: "Sort keys in order; default: CODE ascending." })
  orderBy?: RoleOrder[] | null;
}

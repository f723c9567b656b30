import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { Gender } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { OfficerOrderField, type OfficerFilter as OfficerFilterShape } from "../../core/model/officer";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class OfficerFilter implements OfficerFilterShape {
  @Field(() => [Gender], { nullable: true })
  genders?: Gender[] | null;

  @Field(() => [String], { nullable: true, description: "Police service codes." })
  policeServices?: string[] | null;

  @Field(() => [String], { nullable: true })
  personnelNumbers?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Record sources, e.g. synthetic demo." })
  sources?: string[] | null;
}

registerEnumType(OfficerOrderField, { name: "OfficerOrderField" });

export const OfficerOrder = OrderInput<OfficerOrderField>("Officer", OfficerOrderField);
export type OfficerOrder = Order<OfficerOrderField>;

@ArgsType()
export class OfficersArgs extends ConnectionArgs {
  @Field(() => OfficerFilter, { nullable: true })
  filter?: OfficerFilter | null;

  @Field(() => [OfficerOrder], { nullable: true, description: "Sort keys in order; default: PERSONNEL_NUMBER ascending." })
  orderBy?: OfficerOrder[] | null;
}

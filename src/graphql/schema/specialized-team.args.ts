import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { TeamFocus } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { SpecializedTeamOrderField, type SpecializedTeamFilter as SpecializedTeamFilterShape } from "../../core/model/specialized-team";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class SpecializedTeamFilter implements SpecializedTeamFilterShape {
  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [TeamFocus], { nullable: true })
  focuses?: TeamFocus[] | null;

  @Field(() => Boolean, { nullable: true })
  ledByCanada?: boolean | null;
}

registerEnumType(SpecializedTeamOrderField, { name: "SpecializedTeamOrderField" });

export const SpecializedTeamOrder = OrderInput<SpecializedTeamOrderField>("SpecializedTeam", SpecializedTeamOrderField);
export type SpecializedTeamOrder = Order<SpecializedTeamOrderField>;

@ArgsType()
export class SpecializedTeamsArgs extends ConnectionArgs {
  @Field(() => SpecializedTeamFilter, { nullable: true })
  filter?: SpecializedTeamFilter | null;

  @Field(() => [SpecializedTeamOrder], { nullable: true, description: "Sort keys in order; default: NAME ascending." })
  orderBy?: SpecializedTeamOrder[] | null;
}

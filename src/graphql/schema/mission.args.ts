import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { MissionKind } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { MissionOrderField, type MissionFilter as MissionFilterShape } from "../../core/model/mission";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class MissionFilter implements MissionFilterShape {
  @Field(() => [String], { nullable: true, description: "Lead organization codes." })
  organizations?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Host country ISO3 codes." })
  countries?: string[] | null;

  @Field(() => [MissionKind], { nullable: true })
  kinds?: MissionKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Missions running on this date (start <= date, end null or >= date)." })
  activeOn?: string | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in code or name." })
  search?: string | null;
}

registerEnumType(MissionOrderField, { name: "MissionOrderField" });

export const MissionOrder = OrderInput<MissionOrderField>("Mission", MissionOrderField);
export type MissionOrder = Order<MissionOrderField>;

@ArgsType()
export class MissionsArgs extends ConnectionArgs {
  @Field(() => MissionFilter, { nullable: true })
  filter?: MissionFilter | null;

  @Field(() => [MissionOrder], { nullable: true, description: "Sort keys in order; default: CODE ascending." })
  orderBy?: MissionOrder[] | null;
}

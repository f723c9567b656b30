import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { PersonnelType } from "./common/enums";
import { DateScalar } from "./common/date.scalar";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { UnContributionOrderField, type UnContributionFilter as UnContributionFilterShape } from "../../core/model/un-contribution";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class UnContributionFilter implements UnContributionFilterShape {
  @Field(() => DateScalar, { nullable: true, description: "First month (a date in it) of the range." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last month (a date in it) of the range." })
  to?: string | null;

  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Contributing country ISO3 codes." })
  contributors?: string[] | null;

  @Field(() => [PersonnelType], { nullable: true })
  personnelTypes?: PersonnelType[] | null;
}

registerEnumType(UnContributionOrderField, { name: "UnContributionOrderField" });

export const UnContributionOrder = OrderInput<UnContributionOrderField>("UnContribution", UnContributionOrderField);
export type UnContributionOrder = Order<UnContributionOrderField>;

@ArgsType()
export class UnContributionsArgs extends ConnectionArgs {
  @Field(() => UnContributionFilter, { nullable: true })
  filter?: UnContributionFilter | null;

  @Field(() => [UnContributionOrder], { nullable: true, description: "Sort keys in order; default: AS_OF_DATE ascending." })
  orderBy?: UnContributionOrder[] | null;
}

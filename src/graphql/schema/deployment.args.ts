import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { DeploymentOrderField, type DeploymentFilter as DeploymentFilterShape } from "../../core/model/deployment";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class DeploymentFilter implements DeploymentFilterShape {
  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Personnel numbers." })
  officers?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Role codes." })
  roles?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Specialized team names." })
  teams?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: "With to: deployments overlapping [from, to] (inclusive)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "See from." })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Senior positions only (true) or none of them (false)." })
  senior?: boolean | null;

  @Field(() => [String], { nullable: true, description: "Record sources." })
  sources?: string[] | null;
}

registerEnumType(DeploymentOrderField, { name: "DeploymentOrderField" });

export const DeploymentOrder = OrderInput<DeploymentOrderField>("Deployment", DeploymentOrderField);
export type DeploymentOrder = Order<DeploymentOrderField>;

@ArgsType()
export class DeploymentsArgs extends ConnectionArgs {
  @Field(() => DeploymentFilter, { nullable: true })
  filter?: DeploymentFilter | null;

  @Field(() => [DeploymentOrder], { nullable: true, description: "Sort keys in order; default: START_DATE ascending." })
  orderBy?: DeploymentOrder[] | null;
}

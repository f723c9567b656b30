import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { RequestDecision } from "./common/enums";
import { ConnectionArgs } from "./common/connection.args";
import type { Order } from "../../core/model/paging";
import { OrderInput } from "./common/order.input";
import { DeploymentRequestOrderField, type DeploymentRequestFilter as DeploymentRequestFilterShape } from "../../core/model/deployment-request";

@InputType({ description: "Every list is OR within the field, AND across fields." })
export class DeploymentRequestFilter implements DeploymentRequestFilterShape {
  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [RequestDecision], { nullable: true })
  decisions?: RequestDecision[] | null;
}

registerEnumType(DeploymentRequestOrderField, { name: "DeploymentRequestOrderField" });

export const DeploymentRequestOrder = OrderInput<DeploymentRequestOrderField>("DeploymentRequest", DeploymentRequestOrderField);
export type DeploymentRequestOrder = Order<DeploymentRequestOrderField>;

@ArgsType()
export class DeploymentRequestsArgs extends ConnectionArgs {
  @Field(() => DeploymentRequestFilter, { nullable: true })
  filter?: DeploymentRequestFilter | null;

  @Field(() => [DeploymentRequestOrder], { nullable: true, description: "Sort keys in order; default: RECEIVED_ON ascending." })
  orderBy?: DeploymentRequestOrder[] | null;
}

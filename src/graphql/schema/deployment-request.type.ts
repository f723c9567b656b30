import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { RequestDecision } from "./common/enums";
import { Node } from "./common/node.interface";
import type { DeploymentRequestRow } from "../../core/model/deployment-request";

@ObjectType({ implements: Node, description: "A request for Canadian police. In the demo database, SYNTHETIC (see `source`)." })
export class DeploymentRequest extends Node implements DeploymentRequestRow {
  pk!: number;
  missionId!: number;
  requestedByOrganizationId!: number | null;
  requestedByCountryIso3!: string | null;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => Int)
  positionsRequested!: number;

  @Field(() => RequestDecision)
  decision!: RequestDecision;

  @Field(() => DateScalar, { nullable: true })
  decidedOn!: string | null;

  @Field()
  source!: string;
}

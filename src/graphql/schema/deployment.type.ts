import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { Node } from "./common/node.interface";
import type { DeploymentRow } from "../../core/model/deployment";

@ObjectType({
  implements: Node,
  description: "One tour of one officer in one mission (needs an ANALYST key). In the demo database, SYNTHETIC (see `source`).",
})
export class Deployment extends Node implements DeploymentRow {
  pk!: number;
  officerId!: number;
  missionId!: number;
  roleId!: number;
  teamId!: number | null;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "Null while the deployment is ongoing." })
  endDate!: string | null;

  @Field({ description: "A senior (leadership) position." })
  senior!: boolean;

  @Field({ description: "`synthetic demo`, or the file the record was imported from." })
  source!: string;
}

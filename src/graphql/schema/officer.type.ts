import { Field, ObjectType } from "type-graphql";
import { Gender } from "./common/enums";
import { Node } from "./common/node.interface";
import type { OfficerRow } from "../../core/model/officer";

@ObjectType({
  implements: Node,
  description:
    "An officer of the deployment register (pseudonymous; needs an ANALYST key, names need ADMIN). In the demo database every officer is SYNTHETIC (generated, see `source`); real registers come in through the CSV import.",
})
export class Officer extends Node implements OfficerRow {
  pk!: number;
  policeServiceId!: number;

  @Field({ description: "Pseudonymous personnel number (natural key)." })
  personnelNumber!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => String, { nullable: true })
  rank!: string | null;

  @Field({ description: "`synthetic demo`, or the file the record was imported from." })
  source!: string;

  // givenName and familyName (personal data) are declared by OfficerResolver behind @Authorized("ADMIN")
  // and read by their own query, so no listing can select them by accident.
}

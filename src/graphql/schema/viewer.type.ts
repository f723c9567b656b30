import { Field, ObjectType } from "type-graphql";
import { ApiRole } from "./api-key.type";

@ObjectType({ description: "Who the API takes the caller to be: lets a client check its key before it needs it." })
export class Viewer {
  @Field({ description: "True when a valid key was sent." })
  authenticated!: boolean;

  @Field(() => String, { nullable: true, description: "The key's name." })
  name!: string | null;

  @Field(() => ApiRole, { nullable: true })
  role!: ApiRole | null;

  @Field(() => String, { nullable: true, description: "Why a token that was sent is not usable (malformed, unknown, revoked)." })
  problem!: string | null;
}

import { Field, ObjectType } from "type-graphql";
import { Node } from "./common/node.interface";
import type { CountryRow } from "../../core/model/country";

@ObjectType({ implements: Node, description: "A country (ISO 3166-1, plus Kosovo as XKX). Reference data, real." })
export class Country extends Node implements CountryRow {
  pk!: string;

  @Field({ description: "ISO 3166-1 alpha-3 code (natural key)." })
  iso3!: string;

  @Field({ description: "ISO 3166-1 alpha-2 code." })
  iso2!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "UN M49 region." })
  region!: string | null;

  @Field(() => String, { nullable: true, description: "UN M49 sub-region." })
  subregion!: string | null;
}

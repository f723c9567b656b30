import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";
import { Provenance } from "./provenance.type";

@ObjectType({ description: "Deployments in one host country (register; SYNTHETIC in the demo database)." })
export class CountryCoverage {
  countryIso3!: string;

  @Field(() => Int)
  missions!: number;

  @Field(() => Int)
  officers!: number;

  @Field(() => Int)
  deployments!: number;

  @Field(() => Int, { description: "Days inside the period, summed over deployments." })
  personDays!: number;

  @Field(() => DateScalar, { description: "Earliest start (not clipped to the period)." })
  firstDeploymentDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "Latest end; null while any deployment is ongoing." })
  lastDeploymentDate!: string | null;

  @Field({ description: "Some deployment covers the period's last day." })
  activeAtEnd!: boolean;

  @Field(() => Float, { nullable: true, description: "Women among officers of known gender; null when suppressed." })
  femaleRate!: number | null;

  @Field(() => Int)
  known!: number;

  @Field()
  suppressed!: boolean;

  @Field(() => Provenance, { description: "The report's provenance, repeated on each row so that a row read or exported alone says where its figures come from." })
  provenance!: Provenance;
}

@ObjectType()
export class CoverageYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: "Host countries with a deployment overlapping that year." })
  countries!: number;

  @Field(() => Int, { description: "Host countries with any deployment starting on or before 31 December of that year, since the first record." })
  cumulativeCountries!: number;

  @Field(() => Provenance, { description: "The report's provenance, repeated on each row so that a row read or exported alone says where its figures come from." })
  provenance!: Provenance;
}

@ObjectType()
export class CoverageReport {
  @Field(() => Int)
  countriesCount!: number;

  @Field(() => [CountryCoverage])
  countries!: CountryCoverage[];

  @Field(() => [CoverageYear])
  byYear!: CoverageYear[];

  @Field(() => Provenance, { description: "Where the report's figures come from: REAL, SYNTHETIC or MIXED, with the sources of the rows it read (every row of the report included)." })
  provenance!: Provenance;
}

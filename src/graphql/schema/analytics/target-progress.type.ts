import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";

@ObjectType({ description: "Progress to a WPS target: the indicator's actual value in the target's year." })
export class TargetProgress {
  targetId!: number;

  @Field(() => Float, { nullable: true, description: "Null when there is no data for that year (or the register figure is suppressed)." })
  actual!: number | null;

  @Field(() => Float, { nullable: true, description: "actual - target." })
  gap!: number | null;

  @Field(() => Boolean, { nullable: true })
  met!: boolean | null;
}

@ObjectType({ description: "The register's month-end headcount in a UN-led mission against Canada's individual police in the UN's report." })
export class ReconciliationRow {
  missionId!: number;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int)
  registerHeadcount!: number;

  @Field(() => Int, { nullable: true, description: "0 when the UN reported that month without a Canadian row; null when the month has no UN data." })
  unReported!: number | null;

  @Field(() => Int, { nullable: true, description: "registerHeadcount - unReported." })
  difference!: number | null;
}

import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { ReconciliationLevel, UnCoverage } from "../../../core/analytics/reconciliation";
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

registerEnumType(ReconciliationLevel, {
  name: "ReconciliationLevel",
  description: "What a reconciliation row compares.",
  valuesConfig: {
    MISSION: { description: "One UN-led mission." },
    COUNTRY_TOTAL: { description: "Canada's total over the UN's missions, in a month the UN gave by country only (no mission)." },
  },
});

registerEnumType(UnCoverage, {
  name: "UnCoverage",
  description: "What the UN's data holds for a reconciliation row's mission and month (docs/definitions.md 13).",
  valuesConfig: {
    REPORTED: { description: "The UN's figures of that month list police by mission (0 when no Canadian); on a country-total row, Canada's total." },
    COUNTRY_TOTAL_ONLY: { description: "The UN gave that month's police by country only (2018-03 .. 2019-08): no figure for the mission; see the month's COUNTRY_TOTAL row." },
    NOT_REPORTED: { description: "The UN's data never lists police in this mission, in any month or from any country (special political missions, tribunals, military-only missions)." },
    NO_DATA: { description: "The UN's data has no report for that month." },
  },
});

@ObjectType({
  description:
    "The register's month-end headcount in a UN-led mission against Canada's police in the UN's report; in a month the UN gave by country only, also a country-total row. The register does not record whether an officer served as individual police or in a formed police unit, so the UN side counts both (Canada's shipped rows are all individual police).",
})
export class ReconciliationRow {
  /** Null on a country-total row. */
  missionId!: number | null;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => ReconciliationLevel, { description: "MISSION, or COUNTRY_TOTAL (mission null)." })
  level!: ReconciliationLevel;

  @Field(() => UnCoverage, { description: "Whether the UN's data has a figure to compare with; unReported and difference are null unless REPORTED." })
  unCoverage!: UnCoverage;

  @Field(() => Int, { description: "Distinct Canadian officers deployed on that date, whatever their role: in the mission, or on a country-total row in any UN-led mission whose police the UN lists." })
  registerHeadcount!: number;

  @Field(() => Int, { nullable: true, description: "Canadian police in the UN's report (individual police and formed police units); 0 when the UN reported that mission and month without a Canadian row; null unless unCoverage is REPORTED." })
  unReported!: number | null;

  @Field(() => Int, { nullable: true, description: "registerHeadcount - unReported; null when unReported is." })
  difference!: number | null;
}

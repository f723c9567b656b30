import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { ReconciliationLevel, UnCoverage } from "../../../core/analytics/reconciliation";
import { DateScalar } from "../common/date.scalar";
import { RateInterval } from "./participation.type";
import { Provenance } from "./provenance.type";

@ObjectType({ description: "Progress to a WPS target: the indicator's value in the target's year, and the latest value with its trend against the target (docs/definitions.md 12)." })
export class TargetProgress {
  targetId!: number;

  @Field(() => Float, { nullable: true, description: "Null when there is no data for that year (or the register figure is suppressed)." })
  actual!: number | null;

  @Field(() => Float, { nullable: true, description: "actual - target." })
  gap!: number | null;

  @Field(() => Boolean, { nullable: true, description: "actual >= target." })
  met!: boolean | null;

  @Field(() => Int, { nullable: true, description: "The latest year with a value up to the target's year and this year (docs/definitions.md 12); null when there is none." })
  latestYear!: number | null;

  @Field(() => DateScalar, { nullable: true, description: "The last date that value covers: the year's last UN month end, or 31 December (today for this year) for the register." })
  latestDate!: string | null;

  @Field(() => Float, { nullable: true, description: "The indicator's value in latestYear." })
  latestValue!: number | null;

  @Field(() => RateInterval, { nullable: true, description: "Wilson 95 % interval of latestValue, for register rates (docs/definitions.md 7); null for the UN's shares, which are counts of everyone, not a sample." })
  latestInterval!: RateInterval | null;

  @Field(() => Float, { nullable: true, description: "Least-squares slope of the yearly values over the trend window, per year (0.01 = one percentage point a year); null with fewer than two years." })
  trendPerYear!: number | null;

  @Field(() => Int, { nullable: true, description: "First year of the trend window: the last five calendar years up to latestYear, those with a value." })
  trendFromYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Last year of the trend window (latestYear)." })
  trendToYear!: number | null;

  @Field(() => Float, { nullable: true, description: "(target - latestValue) / (target year - latestYear): the change per year needed to reach the target by its year; null when no year is left." })
  neededPerYear!: number | null;

  @Field(() => Float, { nullable: true, description: "latestValue + trendPerYear x (target year - latestYear); latestValue when the target's year is reached." })
  projectedValue!: number | null;

  @Field(() => Boolean, { nullable: true, description: "projectedValue >= target: the trend reaches the target by its year (for a past target year: whether latestValue meets it)." })
  onTrack!: boolean | null;

  @Field(() => Provenance, { description: "Where this target's actual values come from: the register (SYNTHETIC in the demo database) or the UN's statistics (REAL), for the years read." })
  provenance!: Provenance;
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

  @Field(() => Provenance, { description: "Both sides' sources: the register's rows and the UN's files (MIXED when the register is the synthetic demo)." })
  provenance!: Provenance;
}

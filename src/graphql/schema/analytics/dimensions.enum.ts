import { registerEnumType } from "type-graphql";
import { ParticipationDimension } from "../../../core/analytics/dimensions";

export enum TrainingDimension {
  YEAR = "YEAR",
  TOPIC = "TOPIC",
  THEME = "THEME",
  COUNTRY = "COUNTRY",
  MISSION = "MISSION",
}

export enum ContributionDimension {
  MONTH = "MONTH",
  YEAR = "YEAR",
  MISSION = "MISSION",
  CONTRIBUTOR = "CONTRIBUTOR",
  PERSONNEL_TYPE = "PERSONNEL_TYPE",
}

export enum Interval {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  YEAR = "YEAR",
}

registerEnumType(ParticipationDimension, {
  name: "ParticipationDimension",
  description: "How register analytics are grouped.",
  valuesConfig: {
    QUARTER: { description: "Calendar quarter: a deployment counts in every quarter it overlaps, its days clipped to it; a headcount point in its date's." },
    MONTH: { description: "Calendar month: a deployment counts in every month it overlaps, its days clipped to it; a headcount point in its date's." },
    MISSION_KIND: { description: "Kind of the mission (peacekeeping, special political, police development, tribunal support, other)." },
    REGION: { description: "UN M49 region of the host country: a mission with several hosts counts in each of their regions, its days once per region." },
    SUB_REGION: { description: "UN M49 sub-region of the host country, counted as REGION is." },
    JURISDICTION: { description: "Jurisdiction of the officer's police service." },
    PROVINCE: { description: "Province or territory of the officer's police service (none for a federal service: a null group)." },
    RANK: { description: "The officer's rank as recorded (none recorded: a null group)." },
  },
});
registerEnumType(TrainingDimension, { name: "TrainingDimension" });
registerEnumType(ContributionDimension, { name: "ContributionDimension" });
registerEnumType(Interval, { name: "Interval", description: "Period ends of a series: month, quarter or year ends." });

export { ParticipationDimension };

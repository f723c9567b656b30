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

registerEnumType(ParticipationDimension, { name: "ParticipationDimension", description: "How register analytics are grouped." });
registerEnumType(TrainingDimension, { name: "TrainingDimension" });
registerEnumType(ContributionDimension, { name: "ContributionDimension" });
registerEnumType(Interval, { name: "Interval", description: "Period ends of a series: month, quarter or year ends." });

export { ParticipationDimension };

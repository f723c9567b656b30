import type { ParticipationDimension } from "./gql/graphql";

/**
 * The participation dimensions the server's registry declares (the schema's ParticipationDimension),
 * with the label the dashboard shows for each. A Record over the generated type: a dimension added to
 * the registry fails the page's type check until it has a label here. The calendar dimensions are
 * left out of the picker (the chart's x axis is already the year).
 */
export const DIMENSION_LABELS: Record<ParticipationDimension, string> = {
  MISSION: "Mission",
  MISSION_KIND: "Kind of mission",
  ORGANIZATION: "Lead organization",
  COUNTRY: "Host country",
  REGION: "Region (UN M49)",
  SUB_REGION: "Sub-region (UN M49)",
  ROLE: "Role",
  ROLE_CATEGORY: "Role category",
  RANK: "Rank",
  SENIOR: "Senior position",
  TEAM: "Specialized team",
  POLICE_SERVICE: "Police service",
  PROVINCE: "Province or territory",
  JURISDICTION: "Jurisdiction",
  YEAR: "Year",
  QUARTER: "Quarter",
  MONTH: "Month",
};

const CALENDAR: readonly ParticipationDimension[] = ["YEAR", "QUARTER", "MONTH"];

export const PICKABLE_DIMENSIONS = (Object.keys(DIMENSION_LABELS) as ParticipationDimension[]).filter((d) => !CALENDAR.includes(d));

export function isPickableDimension(value: string): value is ParticipationDimension {
  return (PICKABLE_DIMENSIONS as readonly string[]).includes(value);
}

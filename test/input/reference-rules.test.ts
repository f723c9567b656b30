// The input rules against the real data shipped in data/: a rule that refused a real code, name or
// date would be wrong, not the data.
import { describe, expect, it } from "vitest";
import { readDataCsv } from "../../src/core/db/seed/csv";
import { isAcceptedDate } from "../../src/core/input/date-range";
import { FIELD_RULES, type FieldRule } from "../../src/core/input/field-rules";

/** Every value of `column` that its rule refuses, with the problem; [] when all pass. */
function refused(file: string[], column: string, rule: FieldRule): string[] {
  const values = new Set(readDataCsv(...file).map((r) => r[column]!).filter((v) => v !== ""));
  expect(values.size, `${file.join("/")} ${column}`).toBeGreaterThan(0);
  return [...values].flatMap((v) => {
    const result = rule.check(v);
    if (result.problem !== undefined) return [`${v}: ${result.problem}`];
    // Names are stored as they are shipped: already NFC and trimmed.
    return result.value === v ? [] : [`${v}: stored as ${result.value}`];
  });
}

describe("the input rules fit the shipped data", () => {
  it.each([
    [["reference", "missions.csv"], "code", FIELD_RULES.missionCode],
    [["reference", "missions.csv"], "lead_organization", FIELD_RULES.organizationCode],
    [["reference", "organizations.csv"], "code", FIELD_RULES.organizationCode],
    [["reference", "police-services.csv"], "code", FIELD_RULES.policeServiceCode],
    [["reference", "roles.csv"], "code", FIELD_RULES.roleCode],
    [["reference", "training-topics.csv"], "code", FIELD_RULES.topicCode],
    [["reference", "wps-indicators.csv"], "code", FIELD_RULES.indicatorCode],
    [["reference", "wps-targets.csv"], "indicator_code", FIELD_RULES.indicatorCode],
    [["reference", "wps-milestones.csv"], "category", FIELD_RULES.milestoneCategory],
    [["reference", "wps-milestones.csv"], "mission_code", FIELD_RULES.missionCode],
    [["reference", "countries.csv"], "iso3", FIELD_RULES.countryIso3],
    [["un", "un_uniformed_contributions_2015_2025.csv"], "mission", FIELD_RULES.missionCode],
    [["un", "un_uniformed_contributions_2015_2025.csv"], "country_iso3", FIELD_RULES.countryIso3],
    [["un", "canada_un_police_contributions_2015_2025.csv"], "mission", FIELD_RULES.missionCode],
    [["reference", "missions.csv"], "name", FIELD_RULES.missionName],
    [["reference", "police-services.csv"], "name", FIELD_RULES.policeServiceName],
    [["reference", "wps-milestones.csv"], "title", FIELD_RULES.title],
    [["reference", "wps-milestones.csv"], "description", FIELD_RULES.description],
    [["reference", "missions.csv"], "source", FIELD_RULES.source],
    [["reference", "wps-targets.csv"], "source_note", FIELD_RULES.note],
  ] as const)("%j %s", (file, column, rule) => {
    expect(refused([...file], column, rule)).toEqual([]);
  });

  it("has every date in the accepted range, the earliest UNTSO's 1948-05-29", () => {
    const dates = [
      ...readDataCsv("reference", "missions.csv").flatMap((r) => [r.start_date!, r.end_date!]),
      ...readDataCsv("reference", "wps-milestones.csv").map((r) => r.date!),
      ...readDataCsv("un", "un_uniformed_contributions_2015_2025.csv").map((r) => r.as_of_date!),
    ].filter((d) => d !== "");
    expect(dates.filter((d) => !isAcceptedDate(d))).toEqual([]);
    expect(dates.reduce((a, b) => (a < b ? a : b))).toBe("1948-05-29");
  });
});

import { codeProblem, codeRuleText, iso3Problem, ISO3_RULE_TEXT } from "./code-rule";
import { checkName, nameRuleText, type CheckResult } from "./name-rule";

/**
 * The rule one kind of text field follows, on every input path (mutations, the CSV import, keys).
 * `check` returns the value to store (names are normalised) or what is wrong, followed by what is
 * accepted: `contains a zero-width character U+200B at position 9; a code is ...`.
 */
export interface FieldRule {
  check(value: string): CheckResult;
}

const explain = (problem: string | null, rule: string, value: string): CheckResult => (problem === null ? { value } : { problem: `${problem}; ${rule}` });

function code(maxLength: number): FieldRule {
  return { check: (value) => explain(codeProblem(value, maxLength), codeRuleText(maxLength), value) };
}

/** ISO3 codes are read in any case ("hti", as typed in a spreadsheet) and stored in capitals. */
const country: FieldRule = {
  check(value) {
    const upper = value.replace(/[a-z]/g, (c) => c.toUpperCase());
    return explain(iso3Problem(upper), ISO3_RULE_TEXT, upper);
  },
};

/** A name is one line; a text (description, source, note) may hold tabs and line breaks. */
function freeText(kind: "name" | "text", maxLength: number): FieldRule {
  const options = { maxLength, multiline: kind === "text" };
  return {
    check(value) {
      const result = checkName(value, options);
      return result.problem === undefined ? result : { problem: `${result.problem}; ${nameRuleText(options)}` };
    },
  };
}

/**
 * Every text field written through the API, the import or the keys command, by what it holds.
 * Code lengths are their columns' widths; name lengths are the API's long-standing bounds.
 */
export const FIELD_RULES = {
  missionCode: code(64),
  roleCode: code(64),
  topicCode: code(64),
  indicatorCode: code(64),
  organizationCode: code(32),
  policeServiceCode: code(32),
  personnelNumber: code(32),
  milestoneCategory: code(32),
  countryIso3: country,
  missionName: freeText("name", 500),
  teamName: freeText("name", 500),
  policeServiceName: freeText("name", 500),
  title: freeText("name", 500),
  personName: freeText("name", 200),
  rank: freeText("name", 100),
  keyName: freeText("name", 100),
  source: freeText("text", 2000),
  note: freeText("text", 2000),
  description: freeText("text", 5000),
} satisfies Record<string, FieldRule>;

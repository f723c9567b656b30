import { characterCount, charactersOf, describeCharacter } from "./characters";

/**
 * Codes are the keys people type and match on: mission, organization, police service, role,
 * training topic and WPS indicator codes, personnel numbers, milestone categories. Every real one
 * (data/reference, the UN files, the seed) is ASCII letters and digits with single separators:
 * MINUSTAH, CPM-UKRAINE, DOMESTIC_VIOLENCE_INVESTIGATION, CPA-000123, and the EU's mission names
 * used as codes, EUPOL COPPS and EUCAP Sahel Mali. So one pattern, with nothing invisible, nothing
 * from another script and nothing that could make two codes look alike:
 *
 *   - ASCII letters A-Z, a-z and digits 0-9, starting with a capital letter or a digit;
 *   - words joined by one space, hyphen or underscore (none at either end, never two in a row);
 *   - at most as many characters as the column holds.
 */
export const CODE_PATTERN = /^[A-Z0-9][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+)*$/;

const SEPARATORS: Record<string, string> = { " ": "a space", "-": "a hyphen", _: "an underscore" };

const isAlphanumeric = (ch: string) => /^[A-Za-z0-9]$/.test(ch);

/** What is accepted, as error messages say it. */
export function codeRuleText(maxLength: number): string {
  return `a code is 1 to ${maxLength} ASCII letters and digits, starting with a capital letter or a digit, with single spaces, hyphens or underscores between words (e.g. MINUSTAH, CPM-UKRAINE, EUPOL COPPS)`;
}

/** What is wrong with a code, or null when it follows the pattern. */
export function codeProblem(value: string, maxLength: number): string | null {
  if (value === "") return "is empty";
  if (value.trim() === "") return "holds only white space";
  const length = characterCount(value);
  if (length > maxLength) return `is ${length} characters long`;
  if (CODE_PATTERN.test(value)) return null;
  let previous = "";
  for (const [ch, position] of charactersOf(value)) {
    const separator = SEPARATORS[ch];
    if (separator) {
      if (position === 1) return `starts with ${separator}`;
      if (position === length) return `ends with ${separator}`;
      if (SEPARATORS[previous]) return `has two separators in a row (${SEPARATORS[previous]} and ${separator}) at position ${position}`;
    } else if (!isAlphanumeric(ch)) {
      return `contains ${describeCharacter(ch)} at position ${position}`;
    } else if (position === 1 && /[a-z]/.test(ch)) {
      return `starts with the lower-case letter "${ch}"`;
    }
    previous = ch;
  }
  return "does not follow the code pattern";
}

/**
 * A country: its ISO 3166-1 alpha-3 code, three capital letters (the country table also holds
 * XKX, Kosovo's user-assigned code, which has the same form). Checked after lower-case letters are
 * put in capitals (field-rules.ts): the rule and its message are about the stored form.
 */
export const ISO3_PATTERN = /^[A-Z]{3}$/;

export const ISO3_RULE_TEXT = "a country code is ISO 3166-1 alpha-3: three letters A-Z, in any case (e.g. HTI)";

/** What is wrong with an ISO3 code, or null. */
export function iso3Problem(value: string): string | null {
  if (ISO3_PATTERN.test(value)) return null;
  if (value === "") return "is empty";
  if (value.trim() === "") return "holds only white space";
  for (const [ch, position] of charactersOf(value)) {
    if (!/^[A-Z]$/.test(ch)) return `contains ${describeCharacter(ch)} at position ${position}`;
  }
  const length = characterCount(value);
  return `is ${length} characters long; exactly 3 are required`;
}

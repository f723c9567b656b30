import { characterCount, charactersOf, describeCharacter } from "./characters";

/**
 * Names are free text: mission, team and police service names, training and milestone titles,
 * officers' names and ranks (single line); descriptions, sources and notes (lines allowed). Any
 * script is welcome (Côté, Гончаренко, محمد), but nothing that hides or reorders what is shown:
 *
 *   - stored in Unicode NFC, so a decomposed "é" (e + U+0301) is the same name as a composed one;
 *   - trimmed of white space at both ends, and not empty;
 *   - no control characters (C0, DEL, C1), except tab and line breaks in multi-line text;
 *   - no line or paragraph separators (U+2028, U+2029);
 *   - no bidirectional controls: embeddings, overrides and isolates (U+202A-U+202E,
 *     U+2066-U+2069) and the marks U+200E, U+200F, U+061C, which display nothing and can make
 *     two different names look the same;
 *   - no other invisible formatting characters (Unicode category Cf: U+200B, U+2060, U+FEFF,
 *     U+00AD, ...), except the zero-width non-joiner and joiner (U+200C, U+200D) that Persian and
 *     Indic scripts need;
 *   - no lone surrogates, no U+FFFD (what is left where text was not valid UTF-8), and no
 *     combining mark at the start, with nothing to combine with.
 */
export interface NameOptions {
  maxLength: number;
  /** Tab, LF and CR are accepted (descriptions, sources, notes). */
  multiline: boolean;
}

/** Characters refused in every name, before the exceptions. */
const SUSPECT = /[\p{Cc}\p{Cs}\p{Cf}\p{Zl}\p{Zp}\uFFFD]/u;
const JOINERS = new Set([0x200c, 0x200d]);
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

function refused(ch: string, multiline: boolean): boolean {
  if (!SUSPECT.test(ch)) return false;
  const cp = ch.codePointAt(0)!;
  if (JOINERS.has(cp)) return false;
  if (multiline && TEXT_CONTROLS.has(cp)) return false;
  return true;
}

/** What is accepted, as error messages say it. */
export function nameRuleText(options: NameOptions): string {
  const what = options.multiline ? "a text" : "a name";
  const lines = options.multiline ? "tabs and line breaks are accepted; " : "";
  return `${what} is 1 to ${options.maxLength} characters of any script; ${lines}control characters${options.multiline ? "" : ", line breaks"}, bidirectional controls (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) and invisible formatting characters (except U+200C, U+200D) are refused`;
}

/** A value as it is stored, or what is wrong with it (every rule of src/input answers so). */
export type CheckResult = { value: string; problem?: undefined } | { value?: undefined; problem: string };

/** The name as it is stored (trimmed, NFC), or what is wrong with it. Positions count the text as given. */
export function checkName(value: string, options: NameOptions): CheckResult {
  if (value === "") return { problem: "is empty" };
  if (value.trim() === "") return { problem: "holds only white space" };
  if (SUSPECT.test(value)) {
    for (const [ch, position] of charactersOf(value)) {
      if (refused(ch, options.multiline)) return { problem: `contains ${describeCharacter(ch)} at position ${position}` };
    }
  }
  const stored = value.trim().normalize("NFC");
  const first = String.fromCodePoint(stored.codePointAt(0)!);
  if (/\p{M}/u.test(first)) return { problem: `starts with ${describeCharacter(first)}, with nothing to combine with` };
  const length = characterCount(stored);
  if (length > options.maxLength) return { problem: `is ${length} characters long` };
  return { value: stored };
}

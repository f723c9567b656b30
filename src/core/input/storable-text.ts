import { charactersOf, isSurrogate } from "./characters";

/**
 * Characters no text column can hold, whatever the field: NUL, which PostgreSQL text refuses (a
 * statement bound with one fails inside the driver), and a lone surrogate (a JSON `\ud800` escape
 * without its other half), which the driver would store as U+FFFD. Refused on every path, in
 * arguments and variables alike, so neither is ever an internal error or a silent change.
 */
export interface Unstorable {
  kind: "nul" | "surrogate";
  /** The code unit, for a surrogate. */
  codePoint: number;
  /** 1-based, in characters. */
  position: number;
}

const SUSPECT = /[\u0000\p{Cs}]/u;

/** The first unstorable character of a text, or null (the common case, found without a loop). */
export function unstorableCharacter(text: string): Unstorable | null {
  if (!SUSPECT.test(text)) return null;
  for (const [ch, position] of charactersOf(text)) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0) return { kind: "nul", codePoint: cp, position };
    if (isSurrogate(cp)) return { kind: "surrogate", codePoint: cp, position };
  }
  return null;
}

/** What a caller is told about an unstorable character in `field`. */
export function unstorableMessage(field: string, character: Unstorable): string {
  if (character.kind === "nul") return `Text must not contain the NUL character (\\u0000), got it in ${field}`;
  const escape = `\\u${character.codePoint.toString(16).padStart(4, "0")}`;
  return `Text must be well-formed Unicode: ${field} holds a lone surrogate (${escape} without its other half) at position ${character.position}; send the character itself or its complete surrogate pair`;
}

/** What a character is, as an error message names it: `a zero-width character U+200B`. */

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

/** Scripts whose letters pass for Latin ones (homoglyphs), named in messages. */
const LOOKALIKE_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, "Cyrillic"],
  [/\p{Script=Greek}/u, "Greek"],
  [/\p{Script=Armenian}/u, "Armenian"],
  [/\p{Script=Cherokee}/u, "Cherokee"],
  [/\p{Script=Coptic}/u, "Coptic"],
];

/** Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and marks (U+200E, U+200F, U+061C). */
export function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || BIDI_MARKS.has(cp);
}

/** A UTF-16 surrogate standing alone: not a character, and stored as U+FFFD if let through. */
export const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

function kind(cp: number, ch: string): string {
  if (cp === 0) return "the NUL character";
  if (isSurrogate(cp)) return "a lone surrogate (half of a UTF-16 pair)";
  if (LINE_BREAKS.has(cp)) return "a line break";
  if (cp === 0x09) return "a tab";
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return "a control character";
  if (ZERO_WIDTH.has(cp)) return "a zero-width character";
  if (cp === 0x202d || cp === 0x202e) return "a bidirectional override";
  if (cp >= 0x2066 && cp <= 0x2069) return "a bidirectional isolate";
  if (cp >= 0x202a && cp <= 0x202c) return "a bidirectional embedding";
  if (BIDI_MARKS.has(cp)) return "a bidirectional mark";
  if (cp === 0xfffd) return "the replacement character (left where text was not valid UTF-8)";
  if (/\p{M}/u.test(ch)) return "a combining mark";
  if (/\p{Cf}/u.test(ch)) return "an invisible formatting character";
  if (/\p{Zs}/u.test(ch)) return cp === 0x20 ? "a space" : "a non-ASCII space";
  if (cp < 0x80) {
    if (/[a-z]/.test(ch)) return `the lower-case letter "${ch}"`;
    return `the character "${ch}"`;
  }
  if (cp >= 0xff01 && cp <= 0xff5e) return `a full-width character "${ch}"`;
  if (/\p{L}/u.test(ch)) {
    const script = LOOKALIKE_SCRIPTS.find(([re]) => re.test(ch))?.[1];
    if (script) return `a ${script} letter "${ch}"`;
    if (/\p{Script=Latin}/u.test(ch)) return `a non-ASCII Latin letter "${ch}"`;
    return `a non-ASCII letter "${ch}"`;
  }
  if (/\p{Nd}/u.test(ch)) return `a non-ASCII digit "${ch}"`;
  return `a non-ASCII character "${ch}"`;
}

/** `a Cyrillic letter "І" U+0406`: what the character is and its code point. */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return `${kind(cp, ch)} ${hex(cp)}`;
}

/**
 * The characters of a text with their 1-based positions, as a person counts them (code points; a
 * lone surrogate is one), without copying the text into an array.
 */
export function* charactersOf(text: string): Generator<[ch: string, position: number]> {
  let position = 0;
  for (const ch of text) yield [ch, ++position];
}

/** Length in characters (code points), as PostgreSQL's varchar(n) counts them. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

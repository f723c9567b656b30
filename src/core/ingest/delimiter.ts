/**
 * The field separators an import reads: the comma of RFC 4180, the semicolon that spreadsheet
 * programs write where the comma is the decimal mark (French-Canadian and most European locales),
 * and the tab of "Text (tab delimited)" files.
 */
export type Delimiter = "," | ";" | "\t";

export const DELIMITER_CHOICES = `"," (comma), ";" (semicolon) or "\\t" (tab, also written "tab")`;

const NAMES: Record<string, Delimiter> = { ",": ",", comma: ",", ";": ";", semicolon: ";", "\t": "\t", "\\t": "\t", tab: "\t" };

/** A `--delimiter` value, or null when it is not one of the three. */
export function parseDelimiter(text: string): Delimiter | null {
  return NAMES[text === "\t" ? text : text.trim().toLowerCase()] ?? null;
}

/** How a summary names a separator. */
export function delimiterName(d: Delimiter): string {
  return d === "," ? "comma" : d === ";" ? "semicolon" : "tab";
}

/**
 * The separator of a file from its header line: the candidate found most often outside quotes;
 * a comma when none is (a one-column file) or on a tie.
 */
export function detectDelimiter(text: Buffer): Delimiter {
  return delimiterIn(text) ?? ",";
}

/** The separator the first line of `text` holds most outside quotes, or null when it holds none. */
export function delimiterIn(text: Buffer): Delimiter | null {
  const end = text.indexOf(10);
  const header = text.subarray(0, end === -1 ? text.length : end).toString("utf8");
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  let best: Delimiter = ",";
  for (const d of [";", "\t"] as const) if (counts[d] > counts[best]) best = d;
  return counts[best] ? best : null;
}

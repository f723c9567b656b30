/**
 * Text cells that a spreadsheet program would run as a formula (OWASP, "CSV Injection"): a cell
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return. Every CSV peaceops writes puts a
 * `'` in front of such a text (the spreadsheet then shows it as text), and every import takes that
 * `'` away again, so that export then import changes nothing.
 *
 * To make the pair exact, a text that already starts with apostrophes followed by one of those
 * characters gets one more on the way out, and loses one on the way in: `'=A1` goes out as `''=A1`
 * and comes back as `'=A1`. Any other text goes out and comes back as it is.
 */
const STARTS_A_FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The text as a CSV cell that no spreadsheet runs. Numbers are not text: they are never passed here. */
export function neutraliseFormula(text: string): string {
  return STARTS_A_FORMULA.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell held (a cell that was not neutralised is returned as it is). */
export function restoreFormulaText(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

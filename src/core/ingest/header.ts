import { closestValues } from "../input/closest";

/**
 * A header cell as the column it names: case and spacing do not matter, so "Start Date",
 * " START_DATE " and "start-date" are all start_date (spreadsheet users retype headers).
 */
export function canonicalColumn(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s_-]+/g, "_");
}

/**
 * What to add to "unknown column": the known column it is closest to, or, for a header read as
 * one column that holds another separator, the option that reads it.
 */
export function headerHint(cell: string, known: readonly string[], headerWidth: number): string {
  if (headerWidth === 1) {
    if (cell.includes(";")) return `; the header holds semicolons: is the file ;-separated? (--delimiter ";")`;
    if (cell.includes("\t")) return `; the header holds tabs: is the file tab-separated? (--delimiter tab)`;
    if (cell.includes(",")) return `; the header holds commas: is the file comma-separated? (--delimiter ",")`;
  }
  const close = closestValues(canonicalColumn(cell), known, 1);
  return close.length ? `; did you mean ${close[0]}?` : "";
}

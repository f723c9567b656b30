/** How figures are written on the page. */
export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "" : `${(value * 100).toFixed(digits)} %`;
}

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : value.toLocaleString("en-CA");
}

/**
 * A date (YYYY-MM-DD) as a number on a year axis: its year plus the days before it over the year's
 * days, so that 2024-12-31 stays in 2024 (2024.997) and 2020-03-31 is 2020.245.
 */
export function yearFraction(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/** The query string of an /export route: empty lists left out. */
export function exportUrl(report: string, params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : value;
    if (text) search.set(name, text);
  }
  return `/export/${report}.csv?${search}`;
}

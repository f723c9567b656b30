/** How figures are written on the page. */
export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "" : `${(value * 100).toFixed(digits)} %`;
}

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : value.toLocaleString("en-CA");
}

/** A quarter's end date (YYYY-MM-DD) as a number on a year axis: 2020-03-31 is 2020.25. */
export function yearFraction(date: string): number {
  const [y, m] = date.split("-").map(Number);
  return y + m / 12;
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

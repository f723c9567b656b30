/** Every figure cell of a report's HTML: data-figure, data-measure, its keys and data-value, by attribute name. */
export function figures(html: string): Record<string, string>[] {
  return [...html.matchAll(/<td[^>]*\sdata-figure="[^"]*"[^>]*>/g)].map((m) =>
    Object.fromEntries([...m[0].matchAll(/data-([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

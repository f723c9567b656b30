import { escapeXml } from "../escape";

/** A chart rendered: its SVG (with <title> and <desc>), ready to be inlined or written beside the document. */
export interface RenderedChart {
  id: string;
  svg: string;
}

/**
 * Vega and Vega-Lite are ES modules (with top-level await, so require() cannot load them): loaded
 * once, by import(). tsc keeps `import()` as it is in the CommonJS build, and vitest runs it as
 * written; the TypeScript loader used when running the sources (SWC) turns it into require(), which
 * fails, so then an import() in a function made at run time, out of any transformer's reach.
 */
const runtimeImport = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;
type Engines = [typeof import("vega"), typeof import("vega-lite")];
let engines: Promise<Engines> | null = null;
const load = () => (engines ??= Promise.all([import("vega"), import("vega-lite")])
  .catch(() => Promise.all([runtimeImport("vega"), runtimeImport("vega-lite")]) as Promise<Engines>));

/**
 * Ids in the SVG renumbered after the chart (`<chart>-1`, ...): Vega numbers clip paths and
 * gradients with counters that run on from one render to the next, which would make two runs
 * differ, and ids must be unique once several charts are inlined in one page.
 */
function stableIds(svg: string, chartId: string): string {
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))];
  let out = svg;
  ids.forEach((old, i) => {
    const fresh = `${chartId}-${i + 1}`;
    out = out.split(`id="${old}"`).join(`id="${fresh}"`).split(`#${old})`).join(`#${fresh})`).split(`#${old}"`).join(`#${fresh}"`);
  });
  return out;
}

/** Compiles the Vega-Lite spec and renders it with Vega in this process (no browser): an SVG with a title and a description. */
export async function renderChart(spec: Record<string, unknown>, id: string, title: string, desc: string): Promise<RenderedChart> {
  const [vega, vegaLite] = await load();
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  let svg = stableIds(await view.toSVG(), id);
  view.finalize();
  svg = svg.replace(/^<svg ([^>]*)>/, (_m, attrs: string) =>
    `<svg ${attrs} role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`);
  return { id, svg };
}

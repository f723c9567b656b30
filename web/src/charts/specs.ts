import type { TopLevelSpec } from "vega-lite";
import { SERIES_COLOURS, SERIES_DASHES, SUPPRESSED_COLOUR, TARGET_COLOUR } from "./palette";

/**
 * The dashboard's charts as Vega-Lite specifications, drawn by Vega as SVG in the page (render.ts).
 * x values are numbers (a year, or a year and its fraction for a quarter's end): no dates parsed, so
 * no time zone in the picture.
 */

export interface LinePoint {
  x: number;
  y: number | null;
}

export interface LineSeries {
  name: string;
  points: LinePoint[];
}

export interface LineChartInput {
  xTitle: string;
  yTitle: string;
  percent: boolean;
  series: LineSeries[];
  /** The 95 % interval around the first series. */
  band?: { x: number; low: number; high: number }[];
  /** Targets: a value per year, drawn as a stepped dashed line per target series. */
  targets?: { name: string; points: { x: number; y: number }[] }[];
  /** Cells withheld by disclosure control: drawn as crosses on the x axis, never as zeros. */
  suppressed?: { x: number; series: string }[];
}

const CONFIG = {
  font: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: "#222", titleColor: "#222", gridColor: "#e6e6e6" },
  legend: { labelFontSize: 12, orient: "bottom", columns: 2, symbolStrokeWidth: 2.5, symbolSize: 300, symbolType: "stroke", labelLimit: 260 },
  view: { stroke: null },
} as const;

const SIZE = { width: "container", height: 240, autosize: { type: "fit-x", contains: "padding" } } as const;

export function lineChartSpec(input: LineChartInput, description: string): TopLevelSpec {
  const targetNames = (input.targets ?? []).map((t) => t.name);
  const names = [...input.series.map((s) => s.name), ...targetNames];
  const colours = [...input.series.map((_, i) => SERIES_COLOURS[i % SERIES_COLOURS.length]), ...targetNames.map(() => TARGET_COLOUR)];
  const dashes = [...input.series.map((_, i) => SERIES_DASHES[i % SERIES_DASHES.length]), ...targetNames.map((_, i) => (i === 0 ? [4, 4] : [1, 3]))];
  const values = input.series.flatMap((s) => s.points.filter((p) => p.y !== null).map((p) => ({ series: s.name, x: p.x, y: p.y })));
  const targetValues = (input.targets ?? []).flatMap((t) => t.points.map((p) => ({ series: t.name, x: p.x, y: p.y })));
  const xs = [...values, ...targetValues, ...(input.suppressed ?? [])].map((v) => v.x).concat(input.band?.map((p) => p.x) ?? []);
  const domain = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const x = { field: "x", type: "quantitative", title: input.xTitle, scale: { domain, nice: false, zero: false }, axis: { format: "d", tickMinStep: 1 } } as const;
  const yAxis = input.percent ? { format: ".0%" } : { format: "d", tickMinStep: 1 };
  const yScale = input.percent ? { zero: true, domain: [0, 1], nice: false } : { zero: true };
  const y = { field: "y", type: "quantitative", title: input.yTitle, axis: yAxis, scale: yScale } as const;
  const colour = { field: "series", type: "nominal", title: null, sort: names, scale: { domain: names, range: colours } } as const;
  const dash = { field: "series", type: "nominal", title: null, sort: names, scale: { domain: names, range: dashes } } as const;
  const layer: unknown[] = [];
  if (input.band?.length) {
    layer.push({
      data: { values: input.band },
      mark: { type: "area", color: SERIES_COLOURS[0], opacity: 0.16 },
      encoding: { x, y: { field: "low", type: "quantitative", scale: yScale, axis: yAxis, title: input.yTitle }, y2: { field: "high" } },
    });
  }
  layer.push({ data: { values }, mark: { type: "line", strokeWidth: 2.5, point: { filled: true, size: 30 } }, encoding: { x, y, color: colour, strokeDash: dash } });
  if (targetValues.length) {
    layer.push({ data: { values: targetValues }, mark: { type: "line", interpolate: "step-after", strokeWidth: 2 }, encoding: { x, y, color: colour, strokeDash: dash } });
  }
  if (input.suppressed?.length) {
    layer.push({
      data: { values: input.suppressed.map((s) => ({ ...s, y: 0 })) },
      mark: { type: "point", shape: "cross", filled: true, size: 70, color: SUPPRESSED_COLOUR },
      encoding: { x, y },
    });
  }
  return { ...SIZE, description, config: CONFIG, layer } as TopLevelSpec;
}

export interface BarInput {
  categoryTitle: string;
  valueTitle: string;
  /** One bar per category, stacked by group. */
  values: { category: string; group: string; value: number }[];
  groupTitle: string;
}

export function stackedBarSpec(input: BarInput, description: string): TopLevelSpec {
  const groups = [...new Set(input.values.map((v) => v.group))];
  const categories = [...new Set(input.values.map((v) => v.category))];
  return {
    ...SIZE,
    height: Math.max(120, categories.length * 26),
    description,
    config: { ...CONFIG, legend: { ...CONFIG.legend, symbolType: "square" } },
    data: { values: input.values },
    mark: { type: "bar", stroke: "white", strokeWidth: 1 },
    encoding: {
      y: { field: "category", type: "nominal", title: input.categoryTitle, sort: categories },
      x: { field: "value", type: "quantitative", title: input.valueTitle, axis: { format: "d", tickMinStep: 1 } },
      color: { field: "group", type: "nominal", title: input.groupTitle, sort: groups, scale: { domain: groups, range: groups.map((_, i) => SERIES_COLOURS[i % SERIES_COLOURS.length]) } },
    },
  } as TopLevelSpec;
}

export interface MapInput {
  /** The world's countries (world-atlas's TopoJSON). */
  atlas: unknown;
  /** Per country: its key in the atlas (ISO 3166 numeric code, or its name where it has none). */
  values: { key: string; name: string; officers: number }[];
}

export function worldMapSpec(input: MapInput, description: string): TopLevelSpec {
  const countries = { values: input.atlas, format: { type: "topojson", feature: "countries" } } as const;
  const key = { calculate: "datum.id ? datum.id : datum.properties.name", as: "key" } as const;
  return {
    width: "container",
    height: 300,
    autosize: { type: "fit-x", contains: "padding" },
    description,
    config: { ...CONFIG, legend: { ...CONFIG.legend, symbolType: "square", columns: 1 } },
    projection: { type: "equalEarth" },
    layer: [
      { data: countries, mark: { type: "geoshape", fill: "#e9e9e9", stroke: "#ffffff", strokeWidth: 0.5 } },
      {
        data: countries,
        transform: [key, { lookup: "key", from: { data: { values: input.values }, key: "key", fields: ["officers", "name"] } }, { filter: "isValid(datum.officers)" }],
        mark: { type: "geoshape", stroke: "#1b1b1b", strokeWidth: 0.6 },
        encoding: { color: { field: "officers", type: "quantitative", title: "Officers deployed", scale: { scheme: "blues", type: "log" }, legend: { direction: "horizontal", orient: "bottom" } } },
      },
    ],
  } as TopLevelSpec;
}

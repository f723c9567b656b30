/**
 * Vega-Lite specifications of the report's charts: lines with optional interval bands and
 * horizontal targets, in colours and dash patterns that survive greyscale and colour blindness
 * (dark blue and orange, solid, dashed and dotted), with fixed fonts and sizes so that Vega renders
 * the same SVG on every run. x is a number (a year, or a year and its fraction for quarter ends):
 * no date parsing, so no time zone in the picture.
 */

export const COLOURS = { blue: "#1b3a6b", orange: "#c65a00", grey: "#555555" } as const;
export const DASHES = { solid: [1, 0], dashed: [6, 3], dotted: [2, 2] } as const;

export interface Series {
  name: string;
  colour: keyof typeof COLOURS;
  dash: keyof typeof DASHES;
  points: { x: number; y: number | null }[];
}

export interface LineChart {
  xTitle: string;
  yTitle: string;
  /** The y axis shows shares as percentages from 0. */
  percent: boolean;
  series: Series[];
  band?: { points: { x: number; low: number; high: number }[] };
  /** Horizontal lines across the chart (targets), drawn as series of their own in the legend. */
  rules?: { name: string; colour: keyof typeof COLOURS; dash: keyof typeof DASHES; y: number }[];
}

const CONFIG = {
  font: "Helvetica",
  background: "white",
  axis: { labelFontSize: 11, titleFontSize: 11, labelColor: "#222", titleColor: "#222", gridColor: "#e3e3e3" },
  legend: { labelFontSize: 11, orient: "bottom", direction: "vertical", symbolStrokeWidth: 2.5, symbolSize: 300, symbolType: "stroke", labelLimit: 400 },
  view: { stroke: null },
  line: { strokeWidth: 2.5 },
};

export function lineChartSpec(chart: LineChart): Record<string, unknown> {
  const names = [...chart.series.map((s) => s.name), ...(chart.rules ?? []).map((r) => r.name)];
  const all = [...chart.series, ...(chart.rules ?? [])];
  const colour = { field: "series", type: "nominal", title: null, scale: { domain: names, range: all.map((s) => COLOURS[s.colour]) }, sort: names };
  const dash = { field: "series", type: "nominal", title: null, scale: { domain: names, range: all.map((s) => DASHES[s.dash]) }, sort: names };
  const values = chart.series.flatMap((s) => s.points.filter((p) => p.y !== null).map((p) => ({ series: s.name, x: p.x, y: p.y })));
  const xs = values.map((v) => v.x).concat(chart.band?.points.map((p) => p.x) ?? []);
  const domain = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const x = { field: "x", type: "quantitative", title: chart.xTitle, scale: { domain, nice: false, zero: false }, axis: { format: "d", tickMinStep: 1 } };
  const yAxis = chart.percent ? { format: ".0%" } : { format: "d", tickMinStep: 1 };
  const y = { field: "y", type: "quantitative", title: chart.yTitle, axis: yAxis, scale: { zero: true, ...(chart.percent ? { domain: [0, 1], nice: false } : {}) } };
  const layers: Record<string, unknown>[] = [];
  if (chart.band?.points.length) {
    layers.push({
      data: { values: chart.band.points },
      mark: { type: "area", color: COLOURS.blue, opacity: 0.18 },
      encoding: { x, y: { field: "low", type: "quantitative", scale: y.scale, axis: yAxis, title: chart.yTitle }, y2: { field: "high" } },
    });
  }
  layers.push({ data: { values }, mark: { type: "line", point: { filled: true, size: 36 } }, encoding: { x, y, color: colour, strokeDash: dash } });
  if (chart.rules?.length) {
    layers.push({ data: { values: chart.rules.map((r) => ({ series: r.name, y: r.y })) }, mark: { type: "rule", strokeWidth: 2 }, encoding: { y, color: colour, strokeDash: dash } });
  }
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", width: 560, height: 220, config: CONFIG, layer: layers };
}

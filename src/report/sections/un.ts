import type { UnSection } from "../../core/reports/generation-equality";
import { figure, text, type Block, type Table } from "../blocks";
import { lineChartSpec } from "../charts/spec";
import { renderChart } from "../charts/svg";
import { percent, points } from "../format";
import { countCell, opening, rateCell, yesNo, type SectionContext } from "./common";

/** Section 6: the UN's women's share of police by personnel type, against the Gender Parity Strategy. */
export async function unBlocks(s: UnSection, c: SectionContext): Promise<Block[]> {
  const { m, lang } = c;
  const type = (t: string) => m.personnelTypes[t] ?? t;
  const optional = (keys: Record<string, string | number>, measure: string, v: number | null, shown: (v: number) => string) =>
    figure("un-target", measure, keys, v, v === null ? m.none : shown(v));
  const targets: Table = {
    caption: m.unTargetsTitle,
    columns: ["indicator", "personnelType", "targetYear", "targetValue", "latestYear", "latest", "trend", "needed", "projected", "onTrack"].map((id) => ({ id, label: m.columns[id] })),
    rows: s.targets.map((t) => {
      const keys = { indicator: t.indicator, year: t.year };
      return [
        text(t.indicator), text(type(t.personnelType)), text(String(t.year)),
        figure("un-target", "target", keys, t.value, percent(t.value, lang)),
        optional(keys, "latestYear", t.latestYear, String),
        optional(keys, "latestValue", t.latestValue, (v) => percent(v, lang)),
        optional(keys, "trendPerYear", t.trendPerYear, (v) => points(v, lang)),
        optional(keys, "neededPerYear", t.neededPerYear, (v) => points(v, lang)),
        optional(keys, "projectedValue", t.projectedValue, (v) => percent(v, lang)),
        figure("un-target", "onTrack", keys, t.onTrack, yesNo(t.onTrack, c)),
      ];
    }),
  };
  const shares: Table = {
    caption: `${m.table}: ${m.unSharesTitle}`,
    columns: ["year", "personnelType", "snapshots", "female", "total", "rate"].map((id) => ({ id, label: m.columns[id] })),
    rows: s.shares.map((r) => {
      const keys = { year: r.year, "personnel-type": r.personnelType };
      return [
        text(String(r.year)), text(type(r.personnelType)),
        countCell("un-share", "snapshots", keys, r.snapshots, false, c),
        countCell("un-share", "female", keys, r.female, false, c),
        countCell("un-share", "total", keys, r.total, false, c),
        rateCell("un-share", "rate", keys, r.rate, false, c),
      ];
    }),
  };
  const series = (t: "INDIVIDUAL_POLICE" | "FORMED_POLICE_UNIT", colour: "blue" | "orange", dash: "solid" | "dashed") =>
    ({ name: m.series[t], colour, dash, points: s.shares.filter((r) => r.personnelType === t).map((r) => ({ x: r.year, y: r.rate })) });
  const target2028 = (t: string) => s.targets.find((x) => x.personnelType === t && x.year === 2028);
  const rules = [
    { t: "INDIVIDUAL_POLICE", name: m.series.targetIpo, colour: "blue" as const },
    { t: "FORMED_POLICE_UNIT", name: m.series.targetFpu, colour: "orange" as const },
  ].flatMap((r) => { const target = target2028(r.t); return target ? [{ name: r.name, colour: r.colour, dash: "dotted" as const, y: target.value }] : []; });
  const spec = lineChartSpec({ xTitle: m.axes.year, yTitle: m.axes.share, percent: true, series: [series("INDIVIDUAL_POLICE", "blue", "solid"), series("FORMED_POLICE_UNIT", "orange", "dashed")], rules });
  const labels = m.charts.un;
  const chart = await renderChart(spec, "chart-un", `${labels.title} (${m.data[s.provenance.data]})`, labels.desc);
  return [
    ...opening(s, c),
    { kind: "heading", level: 3, text: m.unTargetsTitle },
    { kind: "table", table: targets },
    { kind: "heading", level: 3, text: m.unSharesTitle },
    { kind: "chart", chart, caption: `${labels.caption} ${m.data[s.provenance.data]}.`, table: shares },
  ];
}

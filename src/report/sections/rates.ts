import type { RateSection } from "../../core/reports/generation-equality";
import { figure, text, type Block, type Table } from "../blocks";
import { lineChartSpec } from "../charts/spec";
import { renderChart } from "../charts/svg";
import { percent } from "../format";
import { countCell, intervalCell, opening, rateCell, type SectionContext } from "./common";

/** Sections 1 and 3: women's share by year with its interval, against the national action plan's target. */
export async function rateBlocks(s: RateSection, c: SectionContext): Promise<Block[]> {
  const { m } = c;
  const years = new Set(s.rows.map((r) => r.year));
  const targetOf = new Map(s.targets.map((t) => [t.year, t]));
  const table: Table = {
    caption: `${m.table}: ${m.charts[s.id].title}`,
    columns: ["year", "officers", "known", "female", "rate", "interval", "target"].map((id) => ({ id, label: m.columns[id] })),
    rows: s.rows.map((r) => {
      const keys = { year: r.year };
      const target = targetOf.get(r.year);
      return [
        text(String(r.year)),
        countCell(s.id, "officers", keys, r.officers, false, c),
        countCell(s.id, "known", keys, r.known, false, c),
        countCell(s.id, "female", keys, r.female, r.suppressed, c),
        rateCell(s.id, "rate", keys, r.rate, r.suppressed, c),
        intervalCell(s.id, keys, r.interval, r.suppressed, c),
        target ? figure(s.id, "target", keys, target.value, percent(target.value, c.lang)) : { text: m.none, raw: null },
      ];
    }),
  };
  const shown = s.rows.filter((r) => !r.suppressed && r.rate !== null);
  const spec = lineChartSpec({
    xTitle: m.axes.year, yTitle: m.axes.share, percent: true,
    series: [
      { name: m.series.rate, colour: "blue", dash: "solid", points: shown.map((r) => ({ x: r.year, y: r.rate })) },
      { name: m.series.target, colour: "orange", dash: "dashed", points: s.targets.filter((t) => years.has(t.year) || (t.year >= Number(s.period.from.slice(0, 4)) && t.year <= Number(s.period.to.slice(0, 4)))).map((t) => ({ x: t.year, y: t.value })) },
    ],
    band: { points: shown.filter((r) => r.interval).map((r) => ({ x: r.year, low: r.interval!.low, high: r.interval!.high })) },
  });
  const labels = m.charts[s.id];
  const chart = await renderChart(spec, `chart-${s.id}`, `${labels.title} (${m.data[s.provenance.data]})`, labels.desc);
  return [...opening(s, c), { kind: "chart", chart, caption: `${labels.caption} ${m.data[s.provenance.data]}.`, table }];
}

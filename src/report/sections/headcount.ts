import type { HeadcountSection } from "../../core/reports/generation-equality";
import { text, type Block, type Table } from "../blocks";
import { lineChartSpec } from "../charts/spec";
import { renderChart } from "../charts/svg";
import { countCell, opening, type SectionContext } from "./common";

/** 2016-03-31 as 2016.25 on the chart's axis: the end of its quarter, with no date parsing. */
const quarterX = (date: string) => Number(date.slice(0, 4)) + Number(date.slice(5, 7)) / 12;

/** Section 2: the headcount at each quarter end, women and the rest of known gender. */
export async function headcountBlocks(s: HeadcountSection, c: SectionContext): Promise<Block[]> {
  const { m } = c;
  const table: Table = {
    caption: `${m.table}: ${m.charts.headcount.title}`,
    columns: ["date", "officers", "known", "women", "others"].map((id) => ({ id, label: m.columns[id] })),
    rows: s.points.map((p) => {
      const keys = { date: p.date };
      return [
        text(p.date),
        countCell(s.id, "officers", keys, p.officers, false, c),
        countCell(s.id, "known", keys, p.known, false, c),
        countCell(s.id, "women", keys, p.women, p.suppressed, c),
        countCell(s.id, "others", keys, p.others, p.suppressed, c),
      ];
    }),
  };
  const shown = s.points.filter((p) => !p.suppressed && p.women !== null);
  const spec = lineChartSpec({
    xTitle: m.axes.year, yTitle: m.axes.officers, percent: false,
    series: [
      { name: m.series.women, colour: "blue", dash: "solid", points: shown.map((p) => ({ x: quarterX(p.date), y: p.women })) },
      { name: m.series.others, colour: "orange", dash: "dashed", points: shown.map((p) => ({ x: quarterX(p.date), y: p.others })) },
    ],
  });
  const labels = m.charts.headcount;
  const chart = await renderChart(spec, "chart-headcount", `${labels.title} (${m.data[s.provenance.data]})`, labels.desc);
  return [...opening(s, c), { kind: "para", text: m.headcountNote, className: "note" }, { kind: "chart", chart, caption: `${labels.caption} ${m.data[s.provenance.data]}.`, table }];
}

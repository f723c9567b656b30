import type { TrainingRow, TrainingSection } from "../../core/reports/generation-equality";
import { text, type Block, type Cell, type Table } from "../blocks";
import { lineChartSpec } from "../charts/spec";
import { renderChart } from "../charts/svg";
import { countCell, opening, rateCell, type SectionContext } from "./common";

const measures = (id: string, keys: Record<string, string | number>, r: TrainingRow, c: SectionContext): Cell[] => [
  countCell(id, "deliveries", keys, r.deliveries, false, c),
  countCell(id, "participants", keys, r.participants, false, c),
  countCell(id, "femaleParticipants", keys, r.femaleParticipants, false, c),
  rateCell(id, "femaleShare", keys, r.femaleShare, false, c),
];

const MEASURES = ["deliveries", "participants", "femaleParticipants", "femaleShare"];

/** Section 5: trainings by theme and country, and the domestic-violence courses in Ukraine by year. */
export async function trainingBlocks(s: TrainingSection, c: SectionContext): Promise<Block[]> {
  const { m } = c;
  const byTheme: Table = {
    caption: m.byThemeTitle,
    columns: ["theme", "country", ...MEASURES].map((id) => ({ id, label: m.columns[id] })),
    rows: s.byThemeCountry.map((r) => {
      const keys = { theme: r.theme ?? "", country: r.country ?? "" };
      return [text(r.theme ?? m.none), text(r.country ?? m.none), ...measures("trainings", keys, r, c)];
    }),
  };
  const ukraine: Table = {
    caption: `${m.table}: ${m.ukraineTitle}`,
    columns: ["year", ...MEASURES].map((id) => ({ id, label: m.columns[id] })),
    rows: s.ukraineDomesticViolence.map((r) => [text(String(r.year)), ...measures("ukraine-dv", { year: r.year ?? "" }, r, c)]),
  };
  const spec = lineChartSpec({
    xTitle: m.axes.year, yTitle: m.axes.participants, percent: false,
    series: [
      { name: m.series.participants, colour: "blue", dash: "solid", points: s.ukraineDomesticViolence.map((r) => ({ x: r.year!, y: r.participants })) },
      { name: m.series.femaleParticipants, colour: "orange", dash: "dashed", points: s.ukraineDomesticViolence.map((r) => ({ x: r.year!, y: r.femaleParticipants })) },
    ],
  });
  const labels = m.charts.ukraine;
  const chart = await renderChart(spec, "chart-ukraine-dv", `${labels.title} (${m.data[s.provenance.data]})`, labels.desc);
  return [
    ...opening(s, c),
    { kind: "para", text: m.enrolmentNote, className: "note" },
    { kind: "heading", level: 3, text: m.byThemeTitle },
    { kind: "table", table: byTheme },
    { kind: "heading", level: 3, text: m.ukraineTitle },
    { kind: "chart", chart, caption: `${labels.caption} ${m.data[s.provenance.data]}.`, table: ukraine },
  ];
}

import type { CoverageSection } from "../../core/reports/generation-equality";
import { text, type Block, type Table } from "../blocks";
import { lineChartSpec } from "../charts/spec";
import { renderChart } from "../charts/svg";
import { countCell, opening, type SectionContext } from "./common";

/** Section 4: host countries served by year and cumulatively, with the multi-host rule. */
export async function countryBlocks(s: CoverageSection, c: SectionContext): Promise<Block[]> {
  const { m } = c;
  const table: Table = {
    caption: `${m.table}: ${m.charts.countries.title}`,
    columns: ["year", "countries", "cumulative"].map((id) => ({ id, label: m.columns[id] })),
    rows: s.byYear.map((y) => [
      text(String(y.year)),
      countCell(s.id, "countries", { year: y.year }, y.countries, false, c),
      countCell(s.id, "cumulative", { year: y.year }, y.cumulativeCountries, false, c),
    ]),
  };
  const spec = lineChartSpec({
    xTitle: m.axes.year, yTitle: m.axes.countries, percent: false,
    series: [
      { name: m.series.countries, colour: "blue", dash: "solid", points: s.byYear.map((y) => ({ x: y.year, y: y.countries })) },
      { name: m.series.cumulative, colour: "orange", dash: "dashed", points: s.byYear.map((y) => ({ x: y.year, y: y.cumulativeCountries })) },
    ],
  });
  const labels = m.charts.countries;
  const chart = await renderChart(spec, "chart-countries", `${labels.title} (${m.data[s.provenance.data]})`, labels.desc);
  return [
    ...opening(s, c),
    { kind: "para", text: m.multiHostRule, className: "note" },
    { kind: "para", text: m.countriesServed(s.countriesCount) },
    { kind: "chart", chart, caption: `${labels.caption} ${m.data[s.provenance.data]}.`, table },
  ];
}

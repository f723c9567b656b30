import { useMemo } from "react";
import { HeadcountQuery } from "../api/documents";
import { useQuery } from "../api/use-query";
import { lineChartSpec } from "../charts/specs";
import { Figure } from "../components/Figure";
import { count, exportUrl, yearFraction } from "../format";
import { Pending, registerFilter, Suppressed, type ViewProps } from "./common";

const ID = "headcount";
const TITLE = "Officers deployed at each quarter's end, women and men";

export function HeadcountView({ state, revision, onDrawn }: ViewProps) {
  const filter = registerFilter(state);
  const query = useQuery(HeadcountQuery, { from: state.from, to: state.to, filter }, revision);
  const figure = useMemo(() => {
    if (query.status !== "done") return null;
    const points = query.data.headcountSeries;
    const men = (p: (typeof points)[number]) => (p.known === null || p.known === undefined || p.female === null || p.female === undefined ? null : p.known - p.female);
    const series = [
      { name: "Women", points: points.map((p) => ({ x: yearFraction(p.date), y: p.female ?? null })) },
      { name: "Men", points: points.map((p) => ({ x: yearFraction(p.date), y: men(p) })) },
    ];
    const suppressed = points.filter((p) => p.suppressed).map((p) => ({ x: yearFraction(p.date), series: "Women" }));
    const description = `Canadian police officers deployed on each quarter's last day from ${state.from} to ${state.to}, women and men (officers of known gender). ${suppressed.length} suppressed quarter${suppressed.length === 1 ? "" : "s"} marked × on the axis.`;
    return { points, men, description, spec: lineChartSpec({ xTitle: "Year", yTitle: "Officers", percent: false, series, suppressed }, description) };
  }, [query, state.from, state.to]);
  if (query.status !== "done" || !figure) return <Pending id={ID} title={TITLE} query={query} />;
  const provenance = figure.points[0]?.provenance ?? null;
  return (
    <Figure
      id={ID}
      title={TITLE}
      description={figure.description}
      provenance={provenance}
      spec={figure.spec}
      csvUrl={exportUrl("headcountSeries", { from: state.from, to: state.to, interval: "QUARTER", missions: state.missions, countries: state.countries })}
      onDrawn={onDrawn}
      table={
        <table>
          <caption>Officers deployed at each quarter's end</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Officers</th>
              <th scope="col">Known gender</th>
              <th scope="col">Women</th>
              <th scope="col">Men</th>
            </tr>
          </thead>
          <tbody>
            {figure.points.map((p) => (
              <tr key={p.date} data-date={p.date} data-officers={p.officers ?? ""} data-female={p.female ?? ""} data-suppressed={String(p.suppressed)}>
                <td>{p.date}</td>
                <td>{count(p.officers)}</td>
                <td>{count(p.known)}</td>
                {p.suppressed ? <Suppressed /> : <td>{count(p.female)}</td>}
                {p.suppressed ? <Suppressed /> : <td>{count(figure.men(p))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

import { useMemo } from "react";
import { UnSharesQuery } from "../api/documents";
import { useQuery } from "../api/use-query";
import { lineChartSpec } from "../charts/specs";
import { Figure } from "../components/Figure";
import { count, exportUrl, percent } from "../format";
import type { PersonnelType } from "../gql/graphql";
import { Pending, type ViewProps } from "./common";

const ID = "un-shares";
const TITLE = "Women's share of UN police: individual police and formed units against the Gender Parity targets";
const NAMES: Partial<Record<PersonnelType, string>> = { INDIVIDUAL_POLICE: "Individual police officers", FORMED_POLICE_UNIT: "Formed police units" };

export function UnSharesView({ state, revision, onDrawn }: ViewProps) {
  const missions = state.missions.length ? state.missions : null;
  const query = useQuery(UnSharesQuery, { from: state.from, to: state.to, missions }, revision);
  const figure = useMemo(() => {
    if (query.status !== "done") return null;
    const { rows } = query.data.unContributionShare;
    const series = (["INDIVIDUAL_POLICE", "FORMED_POLICE_UNIT"] as const).map((type) => ({
      name: NAMES[type]!,
      points: rows.filter((r) => r.key.personnelType === type).map((r) => ({ x: r.key.year!, y: r.rate ?? null })),
    }));
    const xs = rows.map((r) => r.key.year!);
    // Each target holds from the period's first year (or the previous target's) to its own year.
    const target = (name: string, targets: { target: { year: number; value: number } }[]) => {
      const sorted = targets.map((t) => t.target).sort((a, b) => a.year - b.year);
      const first = xs.length ? Math.min(...xs) : 0;
      const points: { x: number; y: number }[] = [];
      let start = first;
      for (const t of sorted) {
        if (t.year < first) continue;
        points.push({ x: start, y: t.value }, { x: t.year, y: t.value });
        start = t.year;
      }
      return { name, points };
    };
    const targets = [target("Individual police target", query.data.ipo), target("Formed units target", query.data.fpu)].filter((t) => t.points.length);
    const description = `Women's share of the UN's individual police officers and formed police units each year from ${state.from} to ${state.to} (all contributing countries${missions ? `, missions ${missions.join(", ")}` : ""}), with the UN Uniformed Gender Parity Strategy's targets as stepped dashed lines.`;
    return { rows, description, spec: lineChartSpec({ xTitle: "Year", yTitle: "Women's share", percent: true, series, targets }, description) };
  }, [query, missions, state.from, state.to]);
  if (query.status !== "done" || !figure) return <Pending id={ID} title={TITLE} query={query} />;
  return (
    <Figure
      id={ID}
      title={TITLE}
      description={figure.description}
      provenance={query.data.unContributionShare.provenance}
      spec={figure.spec}
      csvUrl={exportUrl("unContributionShare", { from: state.from, to: state.to, groupBy: ["YEAR", "PERSONNEL_TYPE"], personnelTypes: ["INDIVIDUAL_POLICE", "FORMED_POLICE_UNIT"], missions: state.missions })}
      onDrawn={onDrawn}
      notes={<p className="note">The UN publishes month-end counts: a year's share is its women over its personnel summed across the monthly snapshots.</p>}
      table={
        <table>
          <caption>UN police by year and type: women over all personnel across the monthly snapshots</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Type</th>
              <th scope="col">Monthly snapshots</th>
              <th scope="col">Women</th>
              <th scope="col">Personnel</th>
              <th scope="col">Women's share</th>
            </tr>
          </thead>
          <tbody>
            {figure.rows.map((r) => (
              <tr key={`${r.key.year}-${r.key.personnelType}`} data-year={r.key.year} data-type={r.key.personnelType} data-female={r.female} data-total={r.total} data-rate={r.rate ?? ""}>
                <td>{r.key.year}</td>
                <td>{NAMES[r.key.personnelType!]}</td>
                <td>{r.snapshots}</td>
                <td>{count(r.female)}</td>
                <td>{count(r.total)}</td>
                <td>{percent(r.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

import { useMemo } from "react";
import { ParticipationQuery } from "../api/documents";
import { useQuery } from "../api/use-query";
import { lineChartSpec, type LineSeries } from "../charts/specs";
import { MAX_SERIES } from "../charts/palette";
import { Figure } from "../components/Figure";
import { DIMENSION_LABELS } from "../dimensions";
import { count, exportUrl, percent } from "../format";
import type { DashboardParticipationQuery, ParticipationDimension } from "../gql/graphql";
import { Pending, registerFilter, Suppressed, type ViewProps } from "./common";

type Row = DashboardParticipationQuery["femaleParticipation"]["rows"][number];

/** The label of a row's group in the chosen dimension. */
export function groupLabel(dimension: ParticipationDimension, key: Row["key"]): string {
  switch (dimension) {
    case "MISSION":
      return key.mission?.code ?? "(none)";
    case "MISSION_KIND":
      return key.missionKind ?? "(none)";
    case "ORGANIZATION":
      return key.organization?.code ?? "(none)";
    case "COUNTRY":
      return key.country?.name ?? "(none)";
    case "REGION":
      return key.region ?? "(none)";
    case "SUB_REGION":
      return key.subRegion ?? "(none)";
    case "ROLE":
      return key.role?.name ?? "(none)";
    case "ROLE_CATEGORY":
      return key.roleCategory ?? "(none)";
    case "RANK":
      return key.rank ?? "(none)";
    case "SENIOR":
      return key.senior ? "Senior positions" : "Other positions";
    case "TEAM":
      return key.team?.name ?? "(no team)";
    case "POLICE_SERVICE":
      return key.policeService?.name ?? "(none)";
    case "PROVINCE":
      return key.province ?? "Federal service";
    case "JURISDICTION":
      return key.jurisdiction ?? "(none)";
    case "YEAR":
    case "QUARTER":
    case "MONTH":
      return "All officers";
  }
}

const ID = "participation";
const TITLE = "Women's share of deployed Canadian police, by year";

export function ParticipationView({ state, revision, onDrawn }: ViewProps) {
  const filter = registerFilter(state);
  const groupBy: ParticipationDimension[] = state.dimension ? ["YEAR", state.dimension] : ["YEAR"];
  const query = useQuery(ParticipationQuery, { from: state.from, to: state.to, groupBy, filter }, revision);
  const dimension = state.dimension;

  const figure = useMemo(() => {
    if (query.status !== "done") return null;
    const { rows } = query.data.femaleParticipation;
    const label = (row: Row) => (dimension ? groupLabel(dimension, row.key) : "Women's share");
    // The groups with the most officers get a line; all of them are in the table.
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(label(row), (totals.get(label(row)) ?? 0) + (row.officers ?? 0));
    const drawnGroups = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_SERIES).map(([name]) => name);
    const series: LineSeries[] = drawnGroups.map((name) => ({
      name,
      points: rows.filter((r) => label(r) === name).map((r) => ({ x: r.key.year!, y: r.rate ?? null })),
    }));
    const suppressed = rows.filter((r) => r.suppressed && drawnGroups.includes(label(r))).map((r) => ({ x: r.key.year!, series: label(r) }));
    const band = dimension ? undefined : rows.filter((r) => r.interval).map((r) => ({ x: r.key.year!, low: r.interval!.low, high: r.interval!.high }));
    const targets = query.data.targetProgress.map((t) => t.target).sort((a, b) => a.year - b.year);
    const fromYear = Number(state.from.slice(0, 4));
    const toYear = Number(state.to.slice(0, 4));
    const inPeriod = targets.filter((t) => t.year >= fromYear && t.year <= toYear);
    const targetSeries = inPeriod.length ? [{ name: "National action plan target", points: inPeriod.map((t) => ({ x: t.year, y: t.value })) }] : [];
    const description =
      `Women's share of the Canadian police deployed each year from ${state.from} to ${state.to}` +
      (dimension ? `, by ${DIMENSION_LABELS[dimension].toLowerCase()} (the ${drawnGroups.length} largest groups drawn)` : ", with its 95 % Wilson interval as a band") +
      (targetSeries.length ? " and the national action plan's target" : "") +
      `. ${suppressed.length} suppressed cell${suppressed.length === 1 ? "" : "s"} marked × on the axis.`;
    const spec = lineChartSpec({ xTitle: "Year", yTitle: "Women's share", percent: true, series, band, targets: targetSeries, suppressed }, description);
    return { rows, spec, description, label, hidden: totals.size - drawnGroups.length };
  }, [query, dimension, state.from, state.to]);

  if (query.status !== "done" || !figure) return <Pending id={ID} title={TITLE} query={query} />;
  const csvUrl = exportUrl("femaleParticipation", { from: state.from, to: state.to, groupBy: ["YEAR", ...(dimension ? [dimension] : [])], missions: state.missions, countries: state.countries });
  return (
    <Figure
      id={ID}
      title={TITLE}
      description={figure.description}
      provenance={query.data.femaleParticipation.provenance}
      spec={figure.spec}
      csvUrl={csvUrl}
      onDrawn={onDrawn}
      notes={figure.hidden > 0 ? <p className="note">{figure.hidden} smaller groups are in the data table only.</p> : null}
      table={
        <table>
          <caption>Officers deployed and women's participation by year{dimension ? ` and ${DIMENSION_LABELS[dimension].toLowerCase()}` : ""}</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {dimension ? <th scope="col">{DIMENSION_LABELS[dimension]}</th> : null}
              <th scope="col">Officers</th>
              <th scope="col">Known gender</th>
              <th scope="col">Women</th>
              <th scope="col">Women's share</th>
              <th scope="col">95 % interval</th>
            </tr>
          </thead>
          <tbody>
            {figure.rows.map((r, i) => (
              <tr key={i} data-year={r.key.year} data-group={dimension ? figure.label(r) : undefined} data-officers={r.officers ?? ""} data-female={r.female ?? ""} data-rate={r.rate ?? ""} data-suppressed={String(r.suppressed)}>
                <td>{r.key.year}</td>
                {dimension ? <td>{figure.label(r)}</td> : null}
                <td>{count(r.officers)}</td>
                <td>{count(r.known)}</td>
                {r.suppressed ? <Suppressed /> : <td>{count(r.female)}</td>}
                {r.suppressed ? <Suppressed /> : <td>{percent(r.rate)}</td>}
                {r.suppressed ? <Suppressed /> : <td>{r.interval ? `${percent(r.interval.low)} – ${percent(r.interval.high)}` : ""}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

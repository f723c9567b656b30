import { alpha3ToNumeric } from "i18n-iso-countries";
import atlasUrl from "world-atlas/countries-110m.json?url";
import { useEffect, useMemo, useState } from "react";
import { CoverageQuery } from "../api/documents";
import { useQuery } from "../api/use-query";
import { lineChartSpec, worldMapSpec } from "../charts/specs";
import { Figure } from "../components/Figure";
import { count, exportUrl, percent } from "../format";
import { Pending, registerFilter, Suppressed, type ViewProps } from "./common";

const MAP = "coverage-map";
const YEARS = "coverage-years";
const MAP_TITLE = "Countries served: where Canadian police were deployed";
const YEARS_TITLE = "Countries served, by year and cumulatively";
const MULTI_HOST = "A mission with several host countries counts for each of them.";

// The map's countries load while the figures' queries run, not after them.
const atlasLoad: Promise<unknown> = fetch(atlasUrl).then((r) => {
  if (!r.ok) throw new Error(`the world map (${atlasUrl}) answered ${r.status}`);
  return r.json();
});

/** A country's key in world-atlas: its ISO 3166 numeric code, or its name where it has none (Kosovo). */
function atlasKey(iso3: string, name: string): string {
  return alpha3ToNumeric(iso3) ?? name;
}

export function CoverageView({ state, revision, onDrawn }: ViewProps) {
  const filter = registerFilter(state);
  const query = useQuery(CoverageQuery, { from: state.from, to: state.to, filter }, revision);
  const [atlas, setAtlas] = useState<{ topology?: unknown; failure?: string }>({});
  useEffect(() => {
    atlasLoad.then(
      (topology) => setAtlas({ topology }),
      (err: unknown) => setAtlas({ failure: err instanceof Error ? err.message : String(err) }),
    );
  }, []);
  const figures = useMemo(() => {
    if (query.status !== "done" || !atlas.topology) return null;
    const report = query.data.countryCoverage;
    const mapDescription = `Map of the ${report.countriesCount} countries where Canadian police were deployed from ${state.from} to ${state.to}, shaded by officers deployed. ${MULTI_HOST}`;
    const map = worldMapSpec({ atlas: atlas.topology, values: report.countries.map((c) => ({ key: atlasKey(c.country.iso3, c.country.name), name: c.country.name, officers: c.officers })) }, mapDescription);
    const yearsDescription = `Countries served each year from ${state.from} to ${state.to}, and all countries served since the period's start. ${MULTI_HOST}`;
    const years = lineChartSpec(
      {
        xTitle: "Year",
        yTitle: "Countries",
        percent: false,
        series: [
          { name: "Countries served in the year", points: report.byYear.map((y) => ({ x: y.year, y: y.countries })) },
          { name: "Countries served since the start", points: report.byYear.map((y) => ({ x: y.year, y: y.cumulativeCountries })) },
        ],
      },
      yearsDescription,
    );
    return { report, map, mapDescription, years, yearsDescription };
  }, [query, atlas, state.from, state.to]);
  if (query.status !== "done" || !figures) {
    const failed = atlas.failure ? { status: "error" as const, message: atlas.failure } : query;
    return (
      <>
        <Pending id={MAP} title={MAP_TITLE} query={failed} />
        <Pending id={YEARS} title={YEARS_TITLE} query={query} />
      </>
    );
  }
  const { report } = figures;
  const csvUrl = exportUrl("countryCoverage", { from: state.from, to: state.to, missions: state.missions, countries: state.countries });
  return (
    <>
      <Figure
        id={MAP}
        title={MAP_TITLE}
        description={figures.mapDescription}
        provenance={report.provenance}
        spec={figures.map}
        csvUrl={csvUrl}
        onDrawn={onDrawn}
        notes={<p className="note" data-countries-count={report.countriesCount}>{report.countriesCount} countries served in the period.</p>}
        table={
          <table>
            <caption>Countries served: officers, missions and women's share</caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Officers</th>
                <th scope="col">Missions</th>
                <th scope="col">Deployments</th>
                <th scope="col">First deployment</th>
                <th scope="col">Last deployment</th>
                <th scope="col">Women's share</th>
              </tr>
            </thead>
            <tbody>
              {report.countries.map((c) => (
                <tr key={c.country.iso3} data-country={c.country.iso3} data-officers={c.officers} data-rate={c.femaleRate ?? ""} data-suppressed={String(c.suppressed)}>
                  <th scope="row">{c.country.name}</th>
                  <td>{count(c.officers)}</td>
                  <td>{count(c.missions)}</td>
                  <td>{count(c.deployments)}</td>
                  <td>{c.firstDeploymentDate}</td>
                  <td>{c.lastDeploymentDate ?? "still deployed"}</td>
                  {c.suppressed ? <Suppressed /> : <td>{percent(c.femaleRate)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <Figure
        id={YEARS}
        title={YEARS_TITLE}
        description={figures.yearsDescription}
        provenance={report.provenance}
        spec={figures.years}
        csvUrl={csvUrl}
        onDrawn={onDrawn}
        table={
          <table>
            <caption>Countries served by year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Countries served</th>
                <th scope="col">Since the start</th>
              </tr>
            </thead>
            <tbody>
              {report.byYear.map((y) => (
                <tr key={y.year} data-year={y.year} data-countries={y.countries} data-cumulative={y.cumulativeCountries}>
                  <td>{y.year}</td>
                  <td>{y.countries}</td>
                  <td>{y.cumulativeCountries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}

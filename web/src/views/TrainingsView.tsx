import { useMemo } from "react";
import { TrainingsQuery } from "../api/documents";
import { useQuery } from "../api/use-query";
import { MAX_SERIES } from "../charts/palette";
import { stackedBarSpec } from "../charts/specs";
import { Figure } from "../components/Figure";
import { count, exportUrl, percent } from "../format";
import { Pending, registerFilter, type ViewProps } from "./common";

const ID = "trainings";
const TITLE = "Trainings delivered: participants by theme and country";
const OTHER = "Other countries";

export function TrainingsView({ state, revision, onDrawn }: ViewProps) {
  const filter = registerFilter(state);
  const query = useQuery(TrainingsQuery, { from: state.from, to: state.to, filter }, revision);
  const figure = useMemo(() => {
    if (query.status !== "done") return null;
    const { rows } = query.data.trainingsDelivered;
    const byCountry = new Map<string, number>();
    for (const r of rows) byCountry.set(r.key.country?.name ?? "(none)", (byCountry.get(r.key.country?.name ?? "(none)") ?? 0) + r.participants);
    const ranked = [...byCountry.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const named = new Set(ranked.slice(0, ranked.length > MAX_SERIES ? MAX_SERIES - 1 : MAX_SERIES).map(([name]) => name));
    const values = rows.map((r) => {
      const country = r.key.country?.name ?? "(none)";
      return { category: r.key.theme ?? "(none)", group: named.has(country) ? country : OTHER, value: r.participants };
    });
    const description = `Participants (enrolments) in the training courses Canadian police delivered from ${state.from} to ${state.to}, by theme, stacked by host country${ranked.length > named.size ? ` (the ${named.size} countries with most participants named, the rest as ${OTHER.toLowerCase()})` : ""}. ${count(query.data.trainingsDelivered.total.participants)} participants in ${count(query.data.trainingsDelivered.total.deliveries)} courses.`;
    return { rows, description, spec: stackedBarSpec({ categoryTitle: "Theme", valueTitle: "Participants", groupTitle: "Country", values }, description) };
  }, [query, state.from, state.to]);
  if (query.status !== "done" || !figure) return <Pending id={ID} title={TITLE} query={query} />;
  return (
    <Figure
      id={ID}
      title={TITLE}
      description={figure.description}
      provenance={query.data.trainingsDelivered.provenance}
      spec={figure.spec}
      csvUrl={exportUrl("trainingsDelivered", { from: state.from, to: state.to, groupBy: ["THEME", "COUNTRY"], missions: state.missions, countries: state.countries })}
      onDrawn={onDrawn}
      table={
        <table>
          <caption>Trainings delivered by theme and country</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Country</th>
              <th scope="col">Courses</th>
              <th scope="col">Participants</th>
              <th scope="col">Women participants</th>
              <th scope="col">Women's share</th>
            </tr>
          </thead>
          <tbody>
            {figure.rows.map((r) => (
              <tr key={`${r.key.theme}-${r.key.country?.iso3}`} data-theme={r.key.theme ?? ""} data-country={r.key.country?.iso3 ?? ""} data-deliveries={r.deliveries} data-participants={r.participants}>
                <td>{r.key.theme}</td>
                <td>{r.key.country?.name}</td>
                <td>{count(r.deliveries)}</td>
                <td>{count(r.participants)}</td>
                <td>{count(r.femaleParticipants)}</td>
                <td>{percent(r.femaleShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

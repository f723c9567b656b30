import type { ReactNode } from "react";
import type { QueryState } from "../api/use-query";
import type { ViewState } from "../state";

export interface ViewProps {
  state: ViewState;
  /** Changes when the API key changes: every view asks again. */
  revision: number;
  onDrawn(id: string): void;
}

/** The register filters of a view, as the API's ParticipationFilter or TrainingFilter (null: none). */
export function registerFilter(state: ViewState): { missions?: string[]; countries?: string[] } | null {
  const filter: { missions?: string[]; countries?: string[] } = {};
  if (state.missions.length) filter.missions = state.missions;
  if (state.countries.length) filter.countries = state.countries;
  return Object.keys(filter).length ? filter : null;
}

/** A figure while its query runs or after it failed. */
export function Pending({ id, title, query }: { id: string; title: string; query: QueryState<unknown> }): ReactNode {
  return (
    <section className="figure" aria-labelledby={`${id}-title`} data-figure={id} data-drawn="false" aria-busy={query.status === "loading"}>
      <h2 id={`${id}-title`}>{title}</h2>
      {query.status === "error" ? (
        <p className="error" role="alert">
          The API refused this figure: {query.message}
        </p>
      ) : (
        <p className="loading">Loading…</p>
      )}
    </section>
  );
}

/** A table cell of a withheld figure: said, never written as zero. */
export function Suppressed() {
  return (
    <td className="suppressed" data-suppressed="true">
      suppressed
    </td>
  );
}

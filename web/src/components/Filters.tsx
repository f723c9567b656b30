import { useState, type FormEvent } from "react";
import { DIMENSION_LABELS, PICKABLE_DIMENSIONS } from "../dimensions";
import type { ParticipationDimension } from "../gql/graphql";
import type { ViewState } from "../state";

export interface Choice {
  code: string;
  name: string;
}

interface FiltersProps {
  state: ViewState;
  missions: Choice[];
  countries: Choice[];
  onChange(state: ViewState): void;
}

const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

/** Period, missions, host countries and the participation chart's dimension: applied with one button. */
export function Filters({ state, missions, countries, onChange }: FiltersProps) {
  const [draft, setDraft] = useState(state);
  const [problem, setProblem] = useState<string | null>(null);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    // The view changed from elsewhere (back button, a link): the form follows it.
    setSeen(state);
    setDraft(state);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to) return setProblem("Give the period's first and last day.");
    if (draft.from > draft.to) return setProblem(`The period's start (${draft.from}) is after its end (${draft.to}).`);
    setProblem(null);
    onChange(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filters">
      <div className="field">
        <label htmlFor="from">From</label>
        <input id="from" name="from" type="date" value={draft.from} min="1980-01-01" max="2100-12-31" onChange={(e) => setDraft({ ...draft, from: e.target.value })} required />
      </div>
      <div className="field">
        <label htmlFor="to">To</label>
        <input id="to" name="to" type="date" value={draft.to} min="1980-01-01" max="2100-12-31" onChange={(e) => setDraft({ ...draft, to: e.target.value })} required />
      </div>
      <div className="field">
        <label htmlFor="missions">Missions</label>
        <select id="missions" name="missions" multiple size={4} value={draft.missions} onChange={(e) => setDraft({ ...draft, missions: selected(e.target) })} aria-describedby="multi-hint">
          {missions.map((m) => (
            <option key={m.code} value={m.code}>
              {m.code} · {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="countries">Host countries</label>
        <select id="countries" name="countries" multiple size={4} value={draft.countries} onChange={(e) => setDraft({ ...draft, countries: selected(e.target) })} aria-describedby="multi-hint">
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="by">Women's share by</label>
        <select id="by" name="by" value={draft.dimension ?? ""} onChange={(e) => setDraft({ ...draft, dimension: (e.target.value || null) as ParticipationDimension | null })}>
          <option value="">All officers together</option>
          {PICKABLE_DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {DIMENSION_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <div className="field buttons">
        <button type="submit">Apply</button>
        <button type="button" onClick={() => onChange({ ...state, missions: [], countries: [], dimension: null })}>
          Clear missions, countries and grouping
        </button>
      </div>
      <p id="multi-hint" className="hint">
        Several missions or countries: hold Ctrl (⌘ on a Mac) or Shift while choosing. None chosen: all of them.
      </p>
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

import type { ParticipationDimension } from "./gql/graphql";
import { isPickableDimension, PICKABLE_DIMENSIONS } from "./dimensions";

/** What the dashboard shows, all of it in the URL so that a link opens the same view. */
export interface ViewState {
  from: string;
  to: string;
  missions: string[];
  countries: string[];
  /** Women's participation split by this dimension; null: all officers together. */
  dimension: ParticipationDimension | null;
}

export const DEFAULT_STATE: ViewState = { from: "2015-01-01", to: "2024-12-31", missions: [], countries: [], dimension: null };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9_-]{1,40}$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The view of a URL's query string. A parameter that cannot be used is left at its default and
 * named in `problems`, with what would be accepted, so the page can say why.
 */
export function parseState(search: string): { state: ViewState; problems: string[] } {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE, missions: [], countries: [] };
  const problems: string[] = [];
  for (const name of ["from", "to"] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (validDate(value)) state[name] = value;
    else problems.push(`${name}=${value} is not a date: use YYYY-MM-DD, for example ${DEFAULT_STATE[name]}`);
  }
  if (state.from > state.to) {
    problems.push(`from (${state.from}) is after to (${state.to}): the default period ${DEFAULT_STATE.from} to ${DEFAULT_STATE.to} is shown`);
    state.from = DEFAULT_STATE.from;
    state.to = DEFAULT_STATE.to;
  }
  for (const name of ["missions", "countries"] as const) {
    const value = params.get(name);
    if (!value) continue;
    for (const code of value.split(",")) {
      if (CODE.test(code)) state[name].push(code);
      else problems.push(`${name} holds ${JSON.stringify(code)}, which is not a code (letters, digits, - and _)`);
    }
  }
  const dimension = params.get("by");
  if (dimension) {
    if (isPickableDimension(dimension)) state.dimension = dimension;
    else problems.push(`by=${dimension} is not a dimension: use one of ${PICKABLE_DIMENSIONS.join(", ")}`);
  }
  return { state, problems };
}

/** The query string of a view: only what differs from the defaults. */
export function stateSearch(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.from !== DEFAULT_STATE.from) params.set("from", state.from);
  if (state.to !== DEFAULT_STATE.to) params.set("to", state.to);
  if (state.missions.length) params.set("missions", state.missions.join(","));
  if (state.countries.length) params.set("countries", state.countries.join(","));
  if (state.dimension) params.set("by", state.dimension);
  const text = params.toString();
  return text ? `?${text}` : "";
}

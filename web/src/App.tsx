import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { download } from "./api/client";
import { FilterChoicesQuery } from "./api/documents";
import { useQuery } from "./api/use-query";
import { ApiKeyField } from "./components/ApiKeyField";
import { Filters, type Choice } from "./components/Filters";
import { parseState, stateSearch, type ViewState } from "./state";
import { CoverageView } from "./views/CoverageView";
import { HeadcountView } from "./views/HeadcountView";
import { ParticipationView } from "./views/ParticipationView";
import { ReconciliationView } from "./views/ReconciliationView";
import { TrainingsView } from "./views/TrainingsView";
import { UnSharesView } from "./views/UnSharesView";

/** The figures of the first view: when all of them are drawn, the dashboard is ready. */
export const FIGURES = ["participation", "headcount", "coverage-map", "coverage-years", "trainings", "un-shares", "reconciliation"] as const;
export const READY_MARK = "peaceops:dashboard-ready";

export function App() {
  const [{ state, problems }, setParsed] = useState(() => parseState(location.search));
  const [revision, setRevision] = useState(0);
  const drawn = useRef(new Set<string>());

  useEffect(() => {
    const onPop = () => setParsed(parseState(location.search));
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);

  const searchKey = stateSearch(state);
  useEffect(() => {
    drawn.current = new Set();
    document.documentElement.dataset.ready = "false";
  }, [searchKey, revision]);

  const onDrawn = useCallback((id: string) => {
    drawn.current.add(id);
    if (FIGURES.every((f) => drawn.current.has(f)) && document.documentElement.dataset.ready !== "true") {
      document.documentElement.dataset.ready = "true";
      if (!performance.getEntriesByName(READY_MARK).length) performance.mark(READY_MARK);
    }
  }, []);

  const change = (next: ViewState) => {
    history.pushState(null, "", `${location.pathname}${stateSearch(next)}`);
    setParsed({ state: next, problems: [] });
  };

  const choicesQuery = useQuery(FilterChoicesQuery, {}, revision);
  const choices = useMemo(() => {
    if (choicesQuery.status !== "done") return { missions: [] as Choice[], countries: [] as Choice[] };
    const nodes = choicesQuery.data.missions.edges.map((e) => e.node);
    const countries = new Map<string, string>();
    for (const m of nodes) for (const c of m.hostCountries) countries.set(c.iso3, c.name);
    return {
      missions: nodes.map((m) => ({ code: m.code, name: m.name })),
      countries: [...countries.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }, [choicesQuery]);

  const [reportError, setReportError] = useState<string | null>(null);
  const [reportBusy, setReportBusy] = useState(false);
  const report = (format: "html" | "pdf") => {
    setReportBusy(true);
    const url = `/reports/generation-equality.${format}?${new URLSearchParams({ from: state.from, to: state.to })}`;
    download(url, `generation-equality-${state.from}-${state.to}.${format}`).then(
      () => setReportError(null),
      (err: unknown) => setReportError(err instanceof Error ? err.message : String(err)),
    ).finally(() => setReportBusy(false));
  };

  const props = { state, revision, onDrawn };
  return (
    <>
      <a className="skip" href="#figures">
        Skip to the figures
      </a>
      <header>
        <h1>peaceops · Women, Peace and Security dashboard</h1>
        <p className="lede">
          Canadian police deployed to peace operations and the UN's statistics of uniformed personnel. Each figure says where it comes from:{" "}
          <strong>REAL</strong> data, <strong>SYNTHETIC</strong> data (the demo register, never a finding) or <strong>MIXED</strong>.
        </p>
        <ApiKeyField onChange={() => setRevision((r) => r + 1)} />
      </header>
      <main>
        <Filters state={state} missions={choices.missions} countries={choices.countries} onChange={change} />
        {choicesQuery.status === "error" ? (
          <p className="error" role="alert">
            The missions and countries to filter by could not be read: {choicesQuery.message}
          </p>
        ) : null}
        {problems.length ? (
          <ul className="error" role="alert" aria-label="Problems with this link">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <div className="report">
          <span>
            The Generation Equality report for {state.from} to {state.to}:
          </span>
          <button type="button" onClick={() => report("html")} disabled={reportBusy}>
            Build report (HTML)
          </button>
          <button type="button" onClick={() => report("pdf")} disabled={reportBusy}>
            Build report (PDF)
          </button>
          {reportBusy ? <span role="status">Building the report…</span> : null}
          {reportError ? <span className="error" role="alert">{reportError}</span> : null}
        </div>
        <div id="figures" className="figures" key={`${searchKey}#${revision}`}>
          <ParticipationView {...props} />
          <HeadcountView {...props} />
          <CoverageView {...props} />
          <TrainingsView {...props} />
          <UnSharesView {...props} />
          <ReconciliationView {...props} />
        </div>
      </main>
      <footer>
        <p>
          <a href="/explorer">GraphQL explorer</a> · the API at <code>/graphql</code> · exports at <a href="/export">/export</a> · peaceops {__PEACEOPS_VERSION__}
        </p>
      </footer>
    </>
  );
}

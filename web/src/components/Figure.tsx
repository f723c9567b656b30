import { useEffect, useRef, useState, type ReactNode } from "react";
import type { View } from "vega";
import type { TopLevelSpec } from "vega-lite";
import { download, saveBlob } from "../api/client";
import type { ProvenanceFieldsFragment } from "../gql/graphql";
import { ProvenanceBadge } from "./ProvenanceBadge";

// Vega (most of the page's JavaScript) loads in a chunk of its own, asked for at once: the figures'
// queries go out while it loads instead of after it.
const renderer = import("../charts/render");

export interface FigureProps {
  id: string;
  title: string;
  /** What the chart shows, in words: the SVG's accessible name and the caption. */
  description: string;
  /** null for an answer with no rows, which carries no provenance. */
  provenance: ProvenanceFieldsFragment | null;
  /** The chart; none for a figure that is a table only. */
  spec?: TopLevelSpec;
  /** The /export route with this figure's data as CSV. */
  csvUrl: string;
  table: ReactNode;
  notes?: ReactNode;
  /** Called once the chart is drawn (or at once for a table). */
  onDrawn(id: string): void;
}

/** One figure of the dashboard: title, provenance, chart, caption, downloads and its data table. */
export function Figure(props: FigureProps) {
  const { id, spec, description, onDrawn } = props;
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    if (!spec) {
      onDrawn(id);
      return;
    }
    let current = true;
    setDrawn(false);
    const target = container.current!;
    renderer.then(({ drawChart }) => drawChart(target, spec, description)).then(
      (v) => {
        if (!current) return v.finalize();
        view.current = v;
        setDrawn(true);
        onDrawn(id);
      },
      (err: unknown) => current && setFailure(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      current = false;
      view.current?.finalize();
      view.current = null;
      target.replaceChildren();
    };
  }, [id, spec, description, onDrawn]);

  const [actionError, setActionError] = useState<string | null>(null);
  const saveSvg = async () => {
    if (!view.current) return;
    const svg = await view.current.toSVG();
    saveBlob(new Blob([svg], { type: "image/svg+xml" }), `${id}.svg`);
  };
  const saveCsv = () => download(props.csvUrl, `${id}.csv`).then(() => setActionError(null), (err: unknown) => setActionError(err instanceof Error ? err.message : String(err)));

  return (
    <section className="figure" aria-labelledby={`${id}-title`} data-figure={id} data-drawn={spec ? String(drawn) : "true"}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <ProvenanceBadge provenance={props.provenance} />
      {spec ? <div className="chart" ref={container} data-chart={id} /> : null}
      {failure ? <p className="error" role="alert">The chart could not be drawn: {failure}</p> : null}
      <p className="caption">{description}</p>
      {props.notes}
      <div className="actions">
        {spec ? (
          <button type="button" onClick={saveSvg} disabled={!drawn}>
            Download chart (SVG)
          </button>
        ) : null}
        <button type="button" onClick={saveCsv}>
          Download data (CSV)
        </button>
        {actionError ? <span className="error" role="alert">{actionError}</span> : null}
      </div>
      <details>
        <summary>Data table</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${props.title}: data table`}>
          {props.table}
        </div>
      </details>
    </section>
  );
}

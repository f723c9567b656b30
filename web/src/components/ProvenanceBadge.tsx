import type { ProvenanceFieldsFragment } from "../gql/graphql";

const MEANING: Record<ProvenanceFieldsFragment["data"], string> = {
  REAL: "real data",
  SYNTHETIC: "synthetic data, not a finding",
  MIXED: "real and synthetic data together, not publishable as a finding",
};

/** A long list of sources (the UN's monthly files) as its first and last and how many. */
export function sourcesText(sources: readonly string[]): string {
  if (sources.length <= 3) return `sources: ${sources.join("; ")}`;
  return `${sources.length} sources: ${sources[0]} … ${sources[sources.length - 1]}`;
}

/** Where a figure comes from, on every chart: REAL, SYNTHETIC or MIXED, with its sources. */
export function ProvenanceBadge({ provenance }: { provenance: ProvenanceFieldsFragment | null }) {
  // An empty answer (no quarter or month end in the period) has no rows to say where they come from.
  if (!provenance) return <p className="provenance" data-provenance="NONE">no figures in this period</p>;
  return (
    <p className="provenance" data-provenance={provenance.data}>
      <span className={`badge badge-${provenance.data.toLowerCase()}`}>{provenance.data}</span> {MEANING[provenance.data]}
      {provenance.sources.length ? <> · {sourcesText(provenance.sources)}</> : null}
      {provenance.asOf ? <> · as of {provenance.asOf}</> : null}
    </p>
  );
}

import { ReconciliationQuery } from "../api/documents";
import { useQuery } from "../api/use-query";
import { Figure } from "../components/Figure";
import { count, exportUrl } from "../format";
import { Pending, type ViewProps } from "./common";

const ID = "reconciliation";
const TITLE = "The register against the UN's counts of Canadian police: months that differ";

export function ReconciliationView({ state, revision, onDrawn }: ViewProps) {
  const query = useQuery(ReconciliationQuery, { from: state.from, to: state.to }, revision);
  if (query.status !== "done") return <Pending id={ID} title={TITLE} query={query} />;
  const rows = query.data.reconciliation;
  const differ = rows.filter((r) => r.difference !== null && r.difference !== undefined && r.difference !== 0);
  const months = new Set(rows.map((r) => r.date)).size;
  const provenance = rows[0]?.provenance ?? null;
  const description = `${differ.length} of ${rows.length} comparisons over ${months} month ends from ${state.from} to ${state.to} differ: the register's headcount of Canadian officers on the month's last day against the UN's count, per UN-led mission (or Canada's total where the UN gave only that).`;
  return (
    <Figure
      id={ID}
      title={TITLE}
      description={description}
      provenance={provenance}
      csvUrl={exportUrl("reconciliation", { from: state.from, to: state.to })}
      onDrawn={onDrawn}
      notes={<p className="note">The UN reports month-end counts per mission; from 2018-03 to 2019-08 it published Canada's total only, compared as one country-total row.</p>}
      table={
        <table data-differences={differ.length} data-comparisons={rows.length}>
          <caption>Months where the register and the UN differ (difference = register - UN)</caption>
          <thead>
            <tr>
              <th scope="col">Month end</th>
              <th scope="col">Mission</th>
              <th scope="col">Register</th>
              <th scope="col">UN</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {differ.map((r) => (
              <tr key={`${r.date}-${r.level}-${r.mission?.code ?? ""}`} data-date={r.date} data-mission={r.mission?.code ?? ""} data-difference={r.difference}>
                <td>{r.date}</td>
                <td>{r.mission?.code ?? "Canada's total"}</td>
                <td>{count(r.registerHeadcount)}</td>
                <td>{count(r.unReported)}</td>
                <td>{r.difference! > 0 ? `+${r.difference}` : r.difference}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

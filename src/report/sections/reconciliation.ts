import type { ReconciliationSection } from "../../core/reports/generation-equality";
import { figure, text, type Block, type Table } from "../blocks";
import { count, signed } from "../format";
import { opening, type SectionContext } from "./common";

const COVERAGE = ["REPORTED", "COUNTRY_TOTAL_ONLY", "NOT_REPORTED", "NO_DATA"];

/** Section 7: the months and missions where the register and the UN's count differ, with the UN's granularity. */
export function reconciliationBlocks(s: ReconciliationSection, c: SectionContext): Block[] {
  const { m, lang } = c;
  const coverage: Table = {
    caption: m.coverageLine,
    columns: [{ id: "coverage", label: m.columns.coverage }, { id: "rows", label: m.columns.rows }],
    rows: COVERAGE.map((k) => [text(k), figure("reconciliation-coverage", "rows", { coverage: k }, s.coverage[k] ?? 0, count(s.coverage[k] ?? 0, lang))]),
  };
  const differing: Table = {
    caption: m.reconciliationSummary(s.compared, s.differing.length),
    columns: ["date", "mission", "register", "un", "difference"].map((id) => ({ id, label: m.columns[id] })),
    rows: s.differing.map((r) => {
      const keys = { date: r.date, mission: r.mission ?? r.level };
      return [
        text(r.date), text(r.mission ?? r.level),
        figure("reconciliation", "registerHeadcount", keys, r.registerHeadcount, count(r.registerHeadcount, lang)),
        figure("reconciliation", "unReported", keys, r.unReported, count(r.unReported, lang)),
        figure("reconciliation", "difference", keys, r.difference, signed(r.difference, lang)),
      ];
    }),
  };
  return [
    ...opening(s, c),
    { kind: "para", text: m.granularity, className: "note" },
    { kind: "table", table: coverage },
    { kind: "para", text: m.reconciliationSummary(s.compared, s.differing.length) },
    s.differing.length ? { kind: "table", table: differing } : { kind: "para", text: m.noDifference },
  ];
}

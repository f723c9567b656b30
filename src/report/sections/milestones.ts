import type { MilestoneSection } from "../../core/reports/generation-equality";
import type { Block } from "../blocks";
import { opening, type SectionContext } from "./common";

/** Section 8: the WPS milestones, dated, each with its source. */
export function milestoneBlocks(s: MilestoneSection, c: SectionContext): Block[] {
  const items = s.milestones.map((x) => {
    const where = [x.country, x.mission].filter(Boolean).join(", ");
    return `${x.date} — ${x.title}${where ? ` (${where})` : ""}: ${x.description} [${c.m.columns.source}: ${x.source}]`;
  });
  return [...opening(s, c), { kind: "para", text: c.m.milestonesNote, className: "note" }, items.length ? { kind: "list", items } : { kind: "para", text: c.m.noMilestones }];
}

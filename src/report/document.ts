import { dataFingerprint, type GenerationEqualityContent, type Section } from "../core/reports/generation-equality";
import { DEFAULT_MIN_CELL_SIZE } from "../core/policy";
import type { Block } from "./blocks";
import type { Lang } from "./i18n";
import { MESSAGES } from "./i18n";
import { reproducingQueries } from "./queries";
import type { SectionContext } from "./sections/common";
import { countryBlocks } from "./sections/countries";
import { headcountBlocks } from "./sections/headcount";
import { milestoneBlocks } from "./sections/milestones";
import { rateBlocks } from "./sections/rates";
import { reconciliationBlocks } from "./sections/reconciliation";
import { trainingBlocks } from "./sections/trainings";
import { unBlocks } from "./sections/un";

/** What the document says about how it was made (the colophon). */
export interface Colophon {
  version: string;
  /** The options as resolved: the same options give the same document. */
  options: Record<string, string | number | null>;
  anonymous: boolean;
}

function sectionBlocks(s: Section, c: SectionContext): Promise<Block[]> | Block[] {
  switch (s.id) {
    case "women-share":
    case "senior":
      return rateBlocks(s, c);
    case "headcount":
      return headcountBlocks(s, c);
    case "countries":
      return countryBlocks(s, c);
    case "trainings":
      return trainingBlocks(s, c);
    case "un":
      return unBlocks(s, c);
    case "reconciliation":
      return reconciliationBlocks(s, c);
    case "milestones":
      return milestoneBlocks(s, c);
  }
}

/** The whole report as blocks: title, access rule, contents, the eight sections, the colophon. */
export async function reportBlocks(content: GenerationEqualityContent, lang: Lang, colophon: Colophon): Promise<Block[]> {
  const m = MESSAGES[lang];
  const c: SectionContext = { lang, m };
  const { from, to } = content.period;
  const access = colophon.anonymous ? m.accessAnonymous(content.minCellSize)
    : content.minCellSize < DEFAULT_MIN_CELL_SIZE ? m.accessLowered(content.minCellSize) : m.accessDefault(content.minCellSize);
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: m.title },
    { kind: "para", text: m.subtitle(`${from} – ${to}`), className: "subtitle" },
    { kind: "para", text: m.periodLine(from, to) },
    ...(content.year !== null ? [{ kind: "para" as const, text: m.yearNote(content.year) }] : []),
    { kind: "para", text: access, className: "access" },
    { kind: "heading", level: 2, text: m.toc, id: "contents" },
    { kind: "list", items: content.sections.map((s) => m.sections[s.id].title) },
  ];
  for (const s of content.sections) blocks.push(...(await sectionBlocks(s, c)));
  const queries = reproducingQueries(content);
  blocks.push(
    { kind: "heading", level: 2, text: m.colophon, id: "colophon" },
    { kind: "list", items: [
      `${m.version}: ${colophon.version}`,
      `${m.fingerprint}: sha256:${dataFingerprint(content)}`,
      `${m.options}: ${Object.entries(colophon.options).map(([k, v]) => `${k}=${v ?? ""}`).join(" ")}`,
    ] },
    { kind: "para", text: m.fingerprintNote, className: "note" },
    { kind: "heading", level: 3, text: m.queries },
    { kind: "para", text: m.queriesNote, className: "note" },
    ...content.sections.map((s): Block => ({ kind: "code", title: m.sections[s.id].title, text: queries[s.id] })),
  );
  return blocks;
}

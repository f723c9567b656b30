import type { EntityManager } from "typeorm";
import { MissionKind, PersonnelType } from "../../domain/enums";
import { parsePersonnelType } from "../../domain/personnel-type";
import { FIELD_RULES } from "../../input/field-rules";
import type { UnContributionRow as UnContributionModelRow } from "../../model/un-contribution";
import type { ImportFile, KindSpec } from "../kind";
import type { References } from "../references";
import type { RowContext } from "../row-context";
import { didYouMean } from "../../input/closest";
import { readSource, sourceField } from "../source-field";

/**
 * What an import writes of a report row: its columns without the key. `missionId` is null for a
 * country total; -1 for a mission this import creates, until its batch is written.
 */
type UnContributionRow = Omit<UnContributionModelRow, "pk" | "source"> & { source: string | null };

/**
 * Mission codes the database did not know: each is created as a UN-led mission before the first
 * batch that names it, starting at its earliest date in the file so far (moved earlier when a
 * later batch has an earlier date).
 */
interface NewMissions {
  missions: Map<string, { firstDate: string; storedDate?: string }>;
}

const TYPE_LABELS = "Individual Police, Formed Police Units, Experts on Mission, Staff Officer, Troops";
const ROW_KEY = `(as_of_date, mission_id, country_iso3, personnel_type) WHERE mission_id IS NOT NULL`;
const COUNTRY_TOTAL_KEY = `(as_of_date, country_iso3, personnel_type) WHERE mission_id IS NULL`;

/**
 * The mission of a row, which must be in the register: a UN extract's typo ("MINUSTAH'") would
 * otherwise become a mission of its own. The message offers the closest codes and the option.
 */
function knownMissionCode(ctx: RowContext, refs: References): string | null {
  const id = ctx.refCode("mission", FIELD_RULES.missionCode, refs.missions, "mission", false, true, false);
  if (id === undefined && ctx.has("mission")) {
    ctx.amendLast("; a mission that is not in the register yet is added by importing it (missions) first, or with --create-missions");
  }
  return id == null ? null : ctx.raw("mission")!;
}

/** With --create-missions: a code the register does not know is created as a UN-led mission (a warning says so). */
function newMissionCode(ctx: RowContext, refs: References, file: ImportFile, state: NewMissions, asOfDate: string | null | undefined): string | null {
  const missionCode = ctx.checked("mission", FIELD_RULES.missionCode, false) ?? null;
  if (missionCode && asOfDate) {
    const known = state.missions.get(missionCode);
    if (known) {
      if (asOfDate < known.firstDate) known.firstDate = asOfDate;
    } else if (!refs.missions.has(missionCode)) {
      state.missions.set(missionCode, { firstDate: asOfDate });
      file.warnings.add(ctx.line, "mission", `unknown mission ${JSON.stringify(missionCode)}: created as a UN-led mission named ${missionCode}, to be completed${didYouMean(missionCode, refs.missions.keys())}`);
    }
  }
  return missionCode;
}

export const unContributionsKind: KindSpec<UnContributionRow, NewMissions> = {
  kind: "un-contributions",
  table: "un_contribution",
  columns: [
    { name: "as_of_date", required: true },
    { name: "mission", required: false },
    { name: "country_iso3", required: true },
    { name: "personnel_type", required: true },
    { name: "male", required: true },
    { name: "female", required: true },
    { name: "total", required: true },
    { name: "source", required: false },
  ],
  knownColumns: ["contributing_country", "source_pdf", "source_layout"],
  keyColumns: ["as_of_date", "mission", "country_iso3", "personnel_type"],
  references: ["missions", "countries", "organizations"],
  newState: () => ({ missions: new Map() }),
  parse(ctx, refs, file, state) {
    const asOfDate = ctx.date("as_of_date", true);
    const missionCode = file.createMissions ? newMissionCode(ctx, refs, file, state, asOfDate) : knownMissionCode(ctx, refs);
    const countryIso3 = ctx.country("country_iso3", refs.countries, true);
    const typeText = ctx.required("personnel_type");
    const personnelType = typeText ? parsePersonnelType(typeText) : null;
    if (typeText && !personnelType) {
      ctx.error("personnel_type", `${JSON.stringify(typeText)} is not one of ${TYPE_LABELS} (or ${Object.values(PersonnelType).join(", ")})`);
    }
    // The UN's own source document, in the converted files' column, when `source` is empty.
    const source = readSource(ctx) ?? ctx.checked("source_pdf", FIELD_RULES.source, false) ?? null;
    const male = ctx.int("male", true);
    const female = ctx.int("female", true);
    const total = ctx.int("total", true);
    ctx.rules("un_contribution", { male, female, total });
    if (ctx.failed) return null;
    const missionId = missionCode ? (refs.missions.get(missionCode) ?? -1) : null;
    return { asOfDate: asOfDate!, missionCode, missionId, countryIso3: countryIso3!, personnelType: personnelType!, male: male!, female: female!, total: total!, source };
  },
  key: (r) => `${r.asOfDate}\u0000${r.missionCode ?? ""}\u0000${r.countryIso3}\u0000${r.personnelType}`,
  fields: [
    { column: "as_of_date", type: "date", key: true, value: (r) => r.asOfDate },
    { column: "mission_id", type: "int", key: true, value: (r) => r.missionId },
    { column: "country_iso3", type: "text", key: true, value: (r) => r.countryIso3 },
    { column: "personnel_type", type: "text", key: true, value: (r) => r.personnelType },
    { column: "male", type: "int", value: (r) => r.male },
    { column: "female", type: "int", value: (r) => r.female },
    { column: "total", type: "int", value: (r) => r.total },
    sourceField(),
  ],
  // Two partial unique indexes: rows of a mission, and country totals (no mission).
  conflict: (r) => (r.missionId === null ? COUNTRY_TOTAL_KEY : ROW_KEY),
  async prepare(em: EntityManager, refs: References, file: ImportFile, state: NewMissions, rows: UnContributionRow[]) {
    const create = [...state.missions].filter(([, m]) => m.storedDate === undefined);
    if (create.length) {
      const un = refs.organizations.get("UN");
      if (un === undefined) throw new Error("The organization UN is missing: seed the reference data first.");
      // The next batch is parsed while this runs and may find earlier dates: store what was sent.
      const sent = create.map(([, m]) => m.firstDate);
      const created = (await em.query(
        `INSERT INTO mission (code, name, lead_organization_id, kind, start_date, source)
         SELECT code, code, $2, $3, start_date, $4 FROM unnest($1::text[], $5::date[]) AS m(code, start_date)
         RETURNING id, code`,
        [create.map(([code]) => code), un, MissionKind.OTHER, file.name, sent],
      )) as { id: number; code: string }[];
      for (const m of created) refs.missions.set(m.code, m.id);
      create.forEach(([, m], i) => (m.storedDate = sent[i]));
    }
    const earlier = [...state.missions].filter(([, m]) => m.firstDate < m.storedDate!);
    if (earlier.length) {
      const sent = earlier.map(([, m]) => m.firstDate);
      await em.query(
        `UPDATE mission SET start_date = d.start_date FROM unnest($1::int[], $2::date[]) AS d(id, start_date) WHERE mission.id = d.id`,
        [earlier.map(([code]) => refs.missions.get(code)), sent],
      );
      earlier.forEach(([, m], i) => (m.storedDate = sent[i]));
    }
    for (const r of rows) if (r.missionId === -1) r.missionId = refs.missions.get(r.missionCode!)!;
  },
};

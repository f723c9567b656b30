import type { EntityManager } from "typeorm";
import { parsePersonnelType } from "../../domain/personnel-type";
import { insertRows } from "./bulk-insert";
import { readDataCsv } from "./csv";

export const UN_CONTRIBUTIONS_FILE = "un_uniformed_contributions_2015_2025.csv";

/** Loads the real UN statistics shipped in data/un (derived from the UN's monthly reports). */
export async function loadUnContributions(em: EntityManager): Promise<number> {
  const missionIds = new Map<string, number>(
    (await em.query(`SELECT id, code FROM mission`)).map((r: { id: number; code: string }) => [r.code, r.id]),
  );
  const rows = readDataCsv("un", UN_CONTRIBUTIONS_FILE).map((r, i) => {
    const type = parsePersonnelType(r.personnel_type);
    const missionId = r.mission ? missionIds.get(r.mission) : null;
    if (!type || missionId === undefined) {
      throw new Error(`data/un/${UN_CONTRIBUTIONS_FILE} line ${i + 2}: unknown ${type ? `mission ${r.mission}` : `personnel type ${r.personnel_type}`}`);
    }
    return [r.as_of_date, missionId, r.country_iso3, type, Number(r.male), Number(r.female), Number(r.total), r.source_pdf];
  });
  await insertRows(em, "un_contribution",
    ["as_of_date", "mission_id", "country_iso3", "personnel_type", "male", "female", "total", "source"], rows);
  return rows.length;
}

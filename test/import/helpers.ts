import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { expect } from "vitest";
import { loadReferenceData } from "../../src/core/db/seed/reference";
import { importCsv, type ImportOptions, type ImportSummary } from "../../src/core/ingest/import";

/** A scratch folder for CSV files, removed by `cleanup`. */
export function csvFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-import-"));
  let n = 0;
  return {
    dir,
    /** Writes a file (name optional) and returns its path. */
    write(text: string | Buffer, name = `file${++n}.csv`): string {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The reference data (countries, organizations, missions, services, roles, topics) without UN rows. */
export async function loadReference(db: DataSource): Promise<void> {
  await db.transaction((em) => loadReferenceData(em));
}

/** Every row of the register tables and the audit log, in a stable order, for before/after checks. */
export async function snapshot(db: DataSource): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    police_service: "id",
    mission: "id",
    mission_host_country: "mission_id, country_iso3",
    specialized_team: "id",
    officer: "id",
    deployment: "id",
    training_delivery: "id",
    un_contribution: "id",
    audit_entry: "id",
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(tables)) out[table] = await db.query(`SELECT * FROM ${table} ORDER BY ${order}`);
  return out;
}

export const counts = (s: ImportSummary) => ({ rows: s.rows, inserted: s.inserted, updated: s.updated, unchanged: s.unchanged });
export const problems = (s: ImportSummary) => s.errors.map((e) => `${e.line} ${e.column ?? "-"}: ${e.message}`);
export const warnings = (s: ImportSummary) => s.warnings.map((e) => `${e.line} ${e.column ?? "-"}: ${e.message}`);

export { importCsv };

/** Imports a file that must be rejected: nothing written, the register and audit log exactly as before. */
export async function importRejected(db: DataSource, kind: string, file: string, options?: ImportOptions): Promise<ImportSummary> {
  const before = await snapshot(db);
  const s = await importCsv(db, kind, file, options);
  expect(await snapshot(db)).toEqual(before);
  expect(counts(s)).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
  return s;
}

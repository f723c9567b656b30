import type { EntityManager } from "typeorm";
import type { Actor } from "../audit/actor";
import { recordAudit } from "../audit/audit-log";
import type { ColumnRow } from "../domain/constraint-rules";
import { UserInputError, NotFoundError } from "../errors";
import type { Scope } from "../scope";
import { asUserError } from "./constraint-errors";
import { InputProblems } from "./problems";
import { checkRules } from "./row-rules";
import { checkInput } from "./validate-input";
import type { WriteSpec } from "./write-spec";

export function requestActor(scope: Scope): Actor {
  return { kind: "KEY", name: scope.caller.name ?? "unknown" };
}

const quote = (column: string) => `"${column}"`;

async function snapshot(em: EntityManager, spec: WriteSpec, id: number, lock = false): Promise<Record<string, unknown> | null> {
  const rows = (await em.query(`SELECT * FROM ${spec.table} WHERE id = $1${lock ? " FOR UPDATE" : ""}`, [id])) as Record<string, unknown>[];
  if (!rows[0]) return null;
  return { ...rows[0], ...(await spec.snapshotExtra?.(em, id)) };
}

/**
 * The input's columns, codes resolved to ids, in field order; `stored` is the row they change
 * (all NULL for a create). A field already found wrong, or one named within such a field, is not
 * looked up; a reference that does not exist is a problem.
 */
async function resolveColumns(em: EntityManager, spec: WriteSpec, input: Record<string, unknown>, stored: ColumnRow, problems: InputProblems): Promise<Record<string, unknown>> {
  const columns: Record<string, unknown> = {};
  for (const [field, f] of Object.entries(spec.fields)) {
    const value = input[field];
    if (value === undefined || !f.column || problems.has(field) || f.dependsOn?.some((d) => problems.has(d))) continue;
    try {
      columns[f.column] = f.resolve ? await f.resolve(em, value, field, { ...stored, ...columns }) : value;
    } catch (err) {
      problems.addError(err, field);
    }
  }
  return columns;
}

/**
 * Everything checked before writing, on the row as it would be written: references, the table's
 * rules (src/core/domain/constraint-rules.ts) and the spec's own checks. Every problem found so far
 * and here is thrown at once; otherwise the columns to write are returned.
 */
async function prepareRow(em: EntityManager, spec: WriteSpec, input: Record<string, unknown>, stored: ColumnRow, problems: InputProblems): Promise<Record<string, unknown>> {
  const columns = await resolveColumns(em, spec, input, stored, problems);
  const row = { ...stored, ...columns };
  checkRules(spec, row, input, problems);
  await spec.check?.(em, row, input, problems);
  problems.throwIfAny();
  return columns;
}

async function inTransaction<T>(scope: Scope, spec: WriteSpec, input: Record<string, unknown>, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await scope.transaction(work);
  } catch (err) {
    throw asUserError(err, spec, input);
  }
}

const problemsFor = (spec: WriteSpec) => new InputProblems(Object.keys(spec.fields));

/**
 * One INSERT (plus `afterWrite`) and its audit entry, in one transaction; returns the new id.
 * `source`: the text stored when the input gives none (the entity has a `source` column).
 */
export async function createRow(scope: Scope, spec: WriteSpec, input: object, source?: string): Promise<number> {
  const values = input as Record<string, unknown>;
  const problems = problemsFor(spec);
  await checkInput(spec, input, "create", problems);
  return inTransaction(scope, spec, values, async (em) => {
    // What the input leaves out is NULL (or the column's default, which keeps every rule).
    const blank = Object.fromEntries(Object.values(spec.fields).flatMap((f) => (f.column ? [[f.column, null]] : [])));
    const columns = await prepareRow(em, spec, values, blank, problems);
    if (source !== undefined && columns.source === undefined) columns.source = source;
    const names = Object.keys(columns);
    const [row] = (await em.query(
      `INSERT INTO ${spec.table} (${names.map(quote).join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING id`,
      Object.values(columns),
    )) as { id: number }[];
    const id = row!.id;
    await spec.afterWrite?.(em, id, values);
    await recordAudit(em, requestActor(scope), { action: "CREATE", entity: spec.entity, entityId: id, after: await snapshot(em, spec, id) });
    return id;
  });
}

/**
 * Changes only the fields the input has (null clears a nullable one); audited with before and
 * after. The stored row is locked while the changed row is checked and written.
 */
export async function updateRow(scope: Scope, spec: WriteSpec, id: number, input: object): Promise<void> {
  const values = input as Record<string, unknown>;
  const problems = problemsFor(spec);
  await checkInput(spec, input, "update", problems);
  await inTransaction(scope, spec, values, async (em) => {
    const before = await snapshot(em, spec, id, true);
    if (!before) throw new NotFoundError(`No ${spec.typeName} has this id`);
    const columns = await prepareRow(em, spec, values, before, problems);
    const names = Object.keys(columns);
    if (names.length) {
      await em.query(`UPDATE ${spec.table} SET ${names.map((n, i) => `${quote(n)} = $${i + 2}`).join(", ")} WHERE id = $1`, [id, ...Object.values(columns)]);
    }
    await spec.afterWrite?.(em, id, values);
    const after = await snapshot(em, spec, id);
    // An update that changed nothing is not a change to record.
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      await recordAudit(em, requestActor(scope), { action: "UPDATE", entity: spec.entity, entityId: id, before, after });
    }
  });
}

/** Refuses, naming what still refers to the row, instead of cascading. */
export async function deleteRow(scope: Scope, spec: WriteSpec, id: number): Promise<void> {
  await inTransaction(scope, spec, {}, async (em) => {
    const before = await snapshot(em, spec, id, true);
    if (!before) throw new NotFoundError(`No ${spec.typeName} has this id`);
    const uses: string[] = [];
    if (spec.referencedBy.length) {
      // One statement for every referencing table.
      const counts = spec.referencedBy.map((ref, i) => `(SELECT count(*) FROM ${ref.table} WHERE ${ref.column} = $1) AS n${i}`);
      const [row] = (await em.query(`SELECT ${counts.join(", ")}`, [id])) as Record<string, number>[];
      spec.referencedBy.forEach((ref, i) => {
        if (row![`n${i}`]! > 0) uses.push(`${row![`n${i}`]} ${ref.label}`);
      });
    }
    if (uses.length) {
      throw new UserInputError(`This ${spec.typeName} is still referenced by ${uses.join(", ")}: delete or change those first`, "id");
    }
    await em.query(`DELETE FROM ${spec.table} WHERE id = $1`, [id]);
    await recordAudit(em, requestActor(scope), { action: "DELETE", entity: spec.entity, entityId: id, before });
  });
}

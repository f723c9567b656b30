import { QueryFailedError, type EntityManager } from "typeorm";
import type { Actor } from "../audit/actor";
import { recordAudit } from "../audit/audit-log";
import { UserInputError, NotFoundError } from "../errors";
import type { Scope } from "../scope";
import { validateInput } from "./validate-input";
import type { WriteSpec } from "./write-spec";

export function requestActor(scope: Scope): Actor {
  return { kind: "KEY", name: scope.caller.name ?? "unknown" };
}

const quote = (column: string) => `"${column}"`;

async function columnsOf(em: EntityManager, spec: WriteSpec, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    const f = spec.fields[field];
    if (value === undefined || !f) continue;
    columns[f.column] = f.resolve ? await f.resolve(em, value, field) : value;
  }
  return columns;
}

async function snapshot(em: EntityManager, spec: WriteSpec, id: number, lock = false): Promise<Record<string, unknown> | null> {
  const rows = (await em.query(`SELECT * FROM ${spec.table} WHERE id = $1${lock ? " FOR UPDATE" : ""}`, [id])) as Record<string, unknown>[];
  if (!rows[0]) return null;
  return { ...rows[0], ...(await spec.snapshotExtra?.(em, id)) };
}

/**
 * A database constraint error as BAD_USER_INPUT naming the field it is about; the rest of the
 * driver's message (SQL, values) does not reach the caller.
 */
function asUserError(err: unknown, spec: WriteSpec): unknown {
  if (!(err instanceof QueryFailedError)) return err;
  const driver = (err as QueryFailedError & { driverError: { code?: string; constraint?: string; column?: string } }).driverError;
  const byColumn = Object.entries(spec.fields).find(([, f]) => f.column === driver.column)?.[0];
  const field = (driver.constraint && spec.constraintFields[driver.constraint]) || byColumn || undefined;
  switch (driver.code) {
    case "23505":
      return new UserInputError(`${field ?? "input"}: another ${spec.entity.replace(/_/g, " ")} already has this value`, field);
    case "23514":
      return new UserInputError(`${field ?? "input"}: violates the rule ${driver.constraint ?? "of the register"}`, field);
    case "23502":
      return new UserInputError(`${field ?? "input"}: is required`, field);
    case "23503":
      return new UserInputError(`${spec.entity.replace(/_/g, " ")} is still referenced by other records`, field);
    case "22003":
    case "22001":
      return new UserInputError(`${field ?? "input"}: value out of range or too long`, field);
    default:
      return err;
  }
}

async function inTransaction<T>(scope: Scope, spec: WriteSpec, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await scope.transaction(work);
  } catch (err) {
    throw asUserError(err, spec);
  }
}

/** One INSERT (plus `afterWrite`) and its audit entry, in one transaction; returns the new id. */
export async function createRow(scope: Scope, spec: WriteSpec, input: object, required: readonly string[], source?: string): Promise<number> {
  const values = input as Record<string, unknown>;
  for (const field of required) {
    if (values[field] === undefined || values[field] === null) throw new UserInputError(`input.${field} is required to create a ${spec.typeName}`, field);
  }
  await validateInput(input, true);
  return inTransaction(scope, spec, async (em) => {
    const columns = await columnsOf(em, spec, values);
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

/** Changes only the fields the input has (null clears a nullable one); audited with before and after. */
export async function updateRow(scope: Scope, spec: WriteSpec, id: number, input: object): Promise<void> {
  const values = input as Record<string, unknown>;
  await validateInput(input, true);
  await inTransaction(scope, spec, async (em) => {
    const before = await snapshot(em, spec, id, true);
    if (!before) throw new NotFoundError(`No ${spec.typeName} has this id`);
    const columns = await columnsOf(em, spec, values);
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
  await inTransaction(scope, spec, async (em) => {
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

import type { EntityManager } from "typeorm";
import type { Actor } from "./actor";

export type AuditAction = "CREATE" | "UPDATE" | "DELETE" | "IMPORT" | "KEY_CREATE" | "KEY_REVOKE";

export interface AuditRecord {
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  before?: object | null;
  after?: object | null;
  details?: object | null;
}

/** Writes one audit entry with the change's own transaction (`em`), so both commit or neither. */
export async function recordAudit(em: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
  await em.query(
    `INSERT INTO audit_entry (actor_kind, actor, action, entity, entity_id, before, after, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      actor.kind,
      actor.name,
      record.action,
      record.entity,
      record.entityId == null ? null : String(record.entityId),
      record.before == null ? null : JSON.stringify(record.before),
      record.after == null ? null : JSON.stringify(record.after),
      record.details == null ? null : JSON.stringify(record.details),
    ],
  );
}

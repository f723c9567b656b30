import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * One change to the data: a mutation (entity, before, after), an import (details: kind, file,
 * checksum, counts) or a key operation. Holds personal data (officers' names in before/after), so
 * only ADMIN may read it.
 */
@Entity("audit_entry")
@Check("audit_entry_actor_kind_check", `"actor_kind" IN ('KEY', 'CLI')`)
@Check("audit_entry_action_check", `"action" IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'KEY_CREATE', 'KEY_REVOKE')`)
@Index("audit_entry_at_idx", ["at"])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "timestamptz", default: () => "now()" })
  at!: Date;

  @Column({ name: "actor_kind", type: "varchar", length: 8 })
  actorKind!: "KEY" | "CLI";

  /** The key's name, or `cli:<OS user>`. */
  @Column({ type: "text" })
  actor!: string;

  @Column({ type: "varchar", length: 16 })
  action!: "CREATE" | "UPDATE" | "DELETE" | "IMPORT" | "KEY_CREATE" | "KEY_REVOKE";

  /** Entity name (mission, officer, ...), the import kind, or api_key. */
  @Column({ type: "varchar", length: 32 })
  entity!: string;

  @Column({ name: "entity_id", type: "text", nullable: true })
  entityId!: string | null;

  @Column({ type: "jsonb", nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: "jsonb", nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: "jsonb", nullable: true })
  details!: Record<string, unknown> | null;
}

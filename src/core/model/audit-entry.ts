/** One entry of the audit log; `id` is the entry's own number (the log is not reachable by `node`). */
export interface AuditEntryRow {
  id: number;
  at: Date;
  actorKind: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  details: Record<string, unknown> | null;
}

export interface AuditFilter {
  entities?: string[] | null;
  actions?: string[] | null;
  actors?: string[] | null;
  /** Entries on or after this day (UTC). */
  from?: string | null;
  /** Entries on or before this day (UTC). */
  to?: string | null;
}

/** The log is read newest first. */
export type AuditOrderField = "AT";

import type { AuditFilter, AuditOrderField } from "../model/audit-entry";
import { anyOf, checkRange, type ListSpec } from "./list";

/** Read newest first (the resolver asks AT descending). */
export const auditList: ListSpec<AuditFilter, AuditOrderField> = {
  columns: `a.id, a.at, a.actor_kind AS "actorKind", a.actor, a.action, a.entity, a.entity_id AS "entityId", a.before, a.after, a.details`,
  from: "audit_entry a",
  conditions(f, p) {
    const c: string[] = [];
    checkRange(f.from, f.to);
    anyOf(c, "a.entity", f.entities, p);
    anyOf(c, "a.action", f.actions, p);
    anyOf(c, "a.actor", f.actors, p);
    if (f.from) c.push(`a.at >= (${p.bind(f.from)}::date)::timestamp AT TIME ZONE 'UTC'`);
    if (f.to) c.push(`a.at < (${p.bind(f.to)}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
    return c;
  },
  orders: { AT: `c.at` },
  defaultOrder: "AT",
  tiebreak: "c.id DESC",
};

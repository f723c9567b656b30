/** The tables the mutations write, and the audit log. */
export const REGISTER_TABLES = ["mission", "mission_host_country", "specialized_team", "officer", "deployment", "training_delivery", "wps_milestone", "wps_target", "deployment_request", "audit_entry"];

/** Everything in the register tables, to show that a refused write changed nothing. */
export async function registerSnapshot(db: { query(sql: string): Promise<unknown[]> }): Promise<string> {
  const parts: unknown[] = [];
  for (const t of REGISTER_TABLES) parts.push(await db.query(`SELECT * FROM ${t} ORDER BY 1, 2`));
  return JSON.stringify(parts);
}

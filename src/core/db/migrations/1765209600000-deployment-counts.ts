import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each mission's number of deployments, kept by the database in the statement that changes them,
 * so that a mission's `deployments { totalCount }` (and the register's) reads a row or two instead
 * of counting every deployment of the mission: on a register of a million deployments, about
 * 20,000 index entries per mission, for each of the 50 missions of a page.
 *
 * A mission's number is the sum of its rows in `mission_deployment_count`. Statement triggers on
 * `deployment` (insert, update, delete, with their transition tables) fold the statement's change
 * per mission, with the rows of those missions that no other open transaction holds, into one new
 * row each. No writer waits for another's counter (rows held by another transaction are skipped,
 * `SKIP LOCKED`, and folded by a later write), so concurrent imports neither queue nor deadlock on
 * them, and a mission keeps about one row per transaction writing to it at once. A truncate empties
 * the table. The triggers fire ALWAYS: an import sets `session_replication_role = replica`
 * (ingest/foreign-keys.ts), which silences ordinary triggers. A transaction's own uncommitted writes
 * are in its sums, as in a count; the sums are read only when no filter narrows the deployments
 * (repositories/list.ts, ListSpec.counters).
 */
export class DeploymentCounts1765209600000 implements MigrationInterface {
  name = "DeploymentCounts1765209600000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mission_deployment_count" ("id" bigserial PRIMARY KEY, "mission_id" integer NOT NULL, "deployments" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "mission_deployment_count_mission_idx" ON "mission_deployment_count" ("mission_id") INCLUDE ("deployments")`);
    // `changes`: (mission_id, n) rows of the statement, n = +1 or -1 per deployment.
    const fold = (changes: string) => `
      WITH change AS (SELECT mission_id, sum(n) AS n FROM (${changes}) x GROUP BY mission_id),
      folded AS (
        DELETE FROM mission_deployment_count WHERE id IN (
          SELECT id FROM mission_deployment_count WHERE mission_id IN (SELECT mission_id FROM change) FOR UPDATE SKIP LOCKED)
        RETURNING mission_id, deployments)
      INSERT INTO mission_deployment_count (mission_id, deployments)
        SELECT mission_id, sum(n) FROM (SELECT mission_id, n FROM change UNION ALL SELECT mission_id, deployments FROM folded) y
        GROUP BY mission_id HAVING sum(n) <> 0`;
    await queryRunner.query(`
      CREATE FUNCTION peaceops_deployment_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM mission_deployment_count;
        ELSIF TG_OP = 'INSERT' THEN
          ${fold("SELECT mission_id, 1 AS n FROM added")};
        ELSIF TG_OP = 'DELETE' THEN
          ${fold("SELECT mission_id, -1 AS n FROM removed")};
        ELSIF EXISTS (SELECT 1 FROM added a JOIN removed r ON r.id = a.id WHERE r.mission_id <> a.mission_id) THEN
          -- An update changes a count only when it moves a deployment to another mission.
          ${fold("SELECT mission_id, 1 AS n FROM added UNION ALL SELECT mission_id, -1 FROM removed")};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "deployment_counted_insert" AFTER INSERT ON "deployment" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION peaceops_deployment_count()`);
    await queryRunner.query(`CREATE TRIGGER "deployment_counted_delete" AFTER DELETE ON "deployment" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION peaceops_deployment_count()`);
    await queryRunner.query(
      `CREATE TRIGGER "deployment_counted_update" AFTER UPDATE ON "deployment" REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION peaceops_deployment_count()`,
    );
    await queryRunner.query(`CREATE TRIGGER "deployment_counted_truncate" AFTER TRUNCATE ON "deployment" FOR EACH STATEMENT EXECUTE FUNCTION peaceops_deployment_count()`);
    await queryRunner.query(
      `ALTER TABLE "deployment" ENABLE ALWAYS TRIGGER "deployment_counted_insert", ENABLE ALWAYS TRIGGER "deployment_counted_delete", ENABLE ALWAYS TRIGGER "deployment_counted_update", ENABLE ALWAYS TRIGGER "deployment_counted_truncate"`,
    );
    // The deployments already there, counted once: creating the triggers locked the table against
    // writes until the migration commits, so none slips between the count and the triggers.
    await queryRunner.query(`INSERT INTO "mission_deployment_count" ("mission_id", "deployments") SELECT mission_id, count(*) FROM "deployment" GROUP BY mission_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ["truncate", "update", "delete", "insert"]) await queryRunner.query(`DROP TRIGGER "deployment_counted_${op}" ON "deployment"`);
    await queryRunner.query(`DROP FUNCTION peaceops_deployment_count()`);
    await queryRunner.query(`DROP TABLE "mission_deployment_count"`);
  }
}

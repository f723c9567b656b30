import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The data version: one number that every committed change of the register's data moves on, in the
 * transaction of the change itself. The analytics answer cache is keyed by it (an answer is never
 * served after a write it does not include) and read routing compares a replica's with the
 * primary's (a replica that has not replayed the last write is not read from).
 *
 * Each data table has a statement trigger that, once per transaction, inserts a row into
 * `data_change`; that row's deferred constraint trigger, run at commit, moves `data_version` on and
 * removes the row. The version row is so locked only while a writing transaction commits, not while
 * an import runs. API keys and the audit log are not data (no answer depends on them) and leave it.
 * The triggers fire ALWAYS: an import sets `session_replication_role = replica` to check its foreign
 * keys once (ingest/foreign-keys.ts), which silences ordinary triggers.
 */
export const DATA_TABLES = [
  "organization", "mission", "country", "mission_host_country", "deployment_request", "police_service", "officer", "role",
  "specialized_team", "deployment", "training_topic", "training_delivery", "un_contribution", "wps_indicator", "wps_milestone", "wps_target",
] as const;

export class DataVersion1765123200000 implements MigrationInterface {
  name = "DataVersion1765123200000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_version" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "version" bigint NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
    // A migration is a change of the data: the version starts past the 0 no cache was keyed by.
    await queryRunner.query(`INSERT INTO "data_version" ("version") VALUES (1)`);
    await queryRunner.query(`CREATE TABLE "data_change" ("id" bigserial PRIMARY KEY, "txid" bigint NOT NULL DEFAULT txid_current())`);
    await queryRunner.query(`
      CREATE FUNCTION peaceops_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('peaceops.data_changed', true) IS DISTINCT FROM 'yes' THEN
          PERFORM set_config('peaceops.data_changed', 'yes', true);
          INSERT INTO data_change DEFAULT VALUES;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION peaceops_data_version_next() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1, changed_at = now();
        DELETE FROM data_change WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "data_change_commit" AFTER INSERT ON "data_change" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION peaceops_data_version_next()`,
    );
    await queryRunner.query(`ALTER TABLE "data_change" ENABLE ALWAYS TRIGGER "data_change_commit"`);
    for (const table of DATA_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION peaceops_data_changed()`);
      await queryRunner.query(`CREATE TRIGGER "${table}_data_truncated" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION peaceops_data_changed()`);
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ALWAYS TRIGGER "${table}_data_changed", ENABLE ALWAYS TRIGGER "${table}_data_truncated"`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...DATA_TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${table}_data_truncated" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_data_changed" ON "${table}"`);
    }
    await queryRunner.query(`DROP TABLE "data_change"`);
    await queryRunner.query(`DROP FUNCTION peaceops_data_version_next()`);
    await queryRunner.query(`DROP FUNCTION peaceops_data_changed()`);
    await queryRunner.query(`DROP TABLE "data_version"`);
  }
}

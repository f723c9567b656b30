import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * WPS milestones get a `source` of their own, as every other record has. The shipped milestones
 * carried theirs at the end of the description ("... Source: RCMP, Peace operations page, ..."):
 * it moves to the new column, and the description keeps what came before it. A milestone entered
 * through the API before this version, with no "Source:" in its text, says so.
 */
export class MilestoneSource1764950400000 implements MigrationInterface {
  name = "MilestoneSource1764950400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "wps_milestone" ADD "source" text`);
    await queryRunner.query(`UPDATE "wps_milestone"
      SET "source" = substring("description" from ' ?Source: (.*)$'), "description" = regexp_replace("description", ' ?Source: .*$', '')
      WHERE "description" ~ ' ?Source: .+$'`);
    await queryRunner.query(`UPDATE "wps_milestone" SET "source" = 'entered through the API' WHERE "source" IS NULL`);
    await queryRunner.query(`ALTER TABLE "wps_milestone" ALTER COLUMN "source" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "wps_milestone" SET "description" = "description" || ' Source: ' || "source" WHERE "source" <> 'entered through the API'`);
    await queryRunner.query(`ALTER TABLE "wps_milestone" DROP COLUMN "source"`);
  }
}

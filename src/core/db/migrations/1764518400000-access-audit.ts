import type { MigrationInterface, QueryRunner } from "typeorm";

// API keys (hash only) and the audit log. Generated from the entities like the initial migration.
export class AccessAudit1764518400000 implements MigrationInterface {
  name = "AccessAudit1764518400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_key" ("id" SERIAL NOT NULL, "name" text NOT NULL, "role" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_key_role_check" CHECK ("role" IN ('ANALYST', 'EDITOR', 'ADMIN')), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_key_token_hash_key" ON "api_key"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" character varying(8) NOT NULL, "actor" text NOT NULL, "action" character varying(16) NOT NULL, "entity" character varying(32) NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "details" jsonb, CONSTRAINT "audit_entry_action_check" CHECK ("action" IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'KEY_CREATE', 'KEY_REVOKE')), CONSTRAINT "audit_entry_actor_kind_check" CHECK ("actor_kind" IN ('KEY', 'CLI')), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_entry_at_idx" ON "audit_entry"  ("at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}

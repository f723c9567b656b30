import type { MigrationInterface, QueryRunner } from "typeorm";

// Generated from the entities by TypeORM's schema builder against an empty database; a test checks
// that entities and migrations still agree (no pending schema change after migrating).
export class Initial1764428400000 implements MigrationInterface {
  name = "Initial1764428400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization" ("id" SERIAL NOT NULL, "code" character varying(32) NOT NULL, "name" text NOT NULL, "kind" character varying(32) NOT NULL, CONSTRAINT "UQ_aa6e74e96ed2dddfcf09782110a" UNIQUE ("code"), CONSTRAINT "organization_kind_check" CHECK ("kind" IN ('INTERNATIONAL_ORGANIZATION', 'STATE', 'COALITION')), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "mission" ("id" SERIAL NOT NULL, "code" character varying(64) NOT NULL, "name" text NOT NULL, "lead_organization_id" integer NOT NULL, "kind" character varying(32) NOT NULL, "start_date" date NOT NULL, "end_date" date, "canadian_police_from" integer, "canadian_police_to" integer, "source" text NOT NULL, CONSTRAINT "UQ_ce830930e0245c7ef14dac2b5b8" UNIQUE ("code"), CONSTRAINT "mission_canadian_years_check" CHECK ("canadian_police_to" IS NULL OR "canadian_police_from" IS NULL OR "canadian_police_to" >= "canadian_police_from"), CONSTRAINT "mission_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "mission_kind_check" CHECK ("kind" IN ('PEACEKEEPING', 'SPECIAL_POLITICAL', 'POLICE_DEVELOPMENT', 'TRIBUNAL_SUPPORT', 'OTHER')), CONSTRAINT "PK_54f1391034bc7dd30666dee0d4c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4b1a5f6fec78d92809a686a3b7" ON "mission"  ("lead_organization_id") `);
    await queryRunner.query(`CREATE TABLE "country" ("iso3" character varying(3) NOT NULL, "iso2" character varying(2) NOT NULL, "name" text NOT NULL, "region" text, "subregion" text, CONSTRAINT "UQ_b49a3cfa4a8ab50b388f893cd4c" UNIQUE ("iso2"), CONSTRAINT "PK_8df5b1a0131e8e155381547aa5b" PRIMARY KEY ("iso3"))`);
    await queryRunner.query(`CREATE TABLE "deployment_request" ("id" SERIAL NOT NULL, "mission_id" integer NOT NULL, "requested_by_organization_id" integer, "requested_by_country_iso3" character varying(3), "received_on" date NOT NULL, "positions_requested" integer NOT NULL, "decision" character varying(16) NOT NULL, "decided_on" date, "source" text NOT NULL, CONSTRAINT "deployment_request_pending_check" CHECK (("decision" = 'PENDING') = ("decided_on" IS NULL)), CONSTRAINT "deployment_request_dates_check" CHECK ("decided_on" IS NULL OR "decided_on" >= "received_on"), CONSTRAINT "deployment_request_positions_check" CHECK ("positions_requested" >= 0), CONSTRAINT "deployment_request_requester_check" CHECK (num_nonnulls("requested_by_organization_id", "requested_by_country_iso3") = 1), CONSTRAINT "deployment_request_decision_check" CHECK ("decision" IN ('PENDING', 'APPROVED', 'DECLINED')), CONSTRAINT "PK_27ab1fd0cbd609ac9205a392f9a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8bc66fc21ac39a555a4f97ea69" ON "deployment_request"  ("mission_id") `);
    await queryRunner.query(`CREATE TABLE "police_service" ("id" SERIAL NOT NULL, "code" character varying(32) NOT NULL, "name" text NOT NULL, "jurisdiction" character varying(16) NOT NULL, "province" character varying(2), CONSTRAINT "UQ_102a625e6a734ff29e8298fc714" UNIQUE ("code"), CONSTRAINT "police_service_jurisdiction_check" CHECK ("jurisdiction" IN ('FEDERAL', 'PROVINCIAL', 'MUNICIPAL', 'FIRST_NATIONS')), CONSTRAINT "PK_00d3b6836f8b32329c4a17650af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "officer" ("id" SERIAL NOT NULL, "personnel_number" character varying(32) NOT NULL, "given_name" text, "family_name" text, "gender" character varying(16) NOT NULL, "rank" text, "police_service_id" integer NOT NULL, "source" text NOT NULL, CONSTRAINT "UQ_b15b9796b57689310884622cb30" UNIQUE ("personnel_number"), CONSTRAINT "officer_gender_check" CHECK ("gender" IN ('FEMALE', 'MALE', 'ANOTHER_GENDER', 'UNDISCLOSED')), CONSTRAINT "PK_b9bab694da36794c5065085936c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f978809b49113e5f5429faf340" ON "officer"  ("police_service_id") `);
    await queryRunner.query(`CREATE TABLE "role" ("id" SERIAL NOT NULL, "code" character varying(64) NOT NULL, "name" text NOT NULL, "category" character varying(32) NOT NULL, CONSTRAINT "UQ_ee999bb389d7ac0fd967172c41f" UNIQUE ("code"), CONSTRAINT "role_category_check" CHECK ("category" IN ('TRAINING', 'MENTORING', 'MONITORING', 'ELECTORAL_SUPPORT', 'HUMAN_RIGHTS_INVESTIGATION', 'HUMANITARIAN_RESPONSE', 'LEADERSHIP', 'OTHER')), CONSTRAINT "PK_b36bcfe02fc8de3c57a8b2391c2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "specialized_team" ("id" SERIAL NOT NULL, "mission_id" integer NOT NULL, "name" text NOT NULL, "focus" character varying(32) NOT NULL, "led_by_canada" boolean NOT NULL DEFAULT false, "start_date" date, "end_date" date, "source" text NOT NULL, CONSTRAINT "specialized_team_mission_name_key" UNIQUE ("mission_id", "name"), CONSTRAINT "specialized_team_dates_check" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "specialized_team_focus_check" CHECK ("focus" IN ('COMMUNITY_POLICING', 'MANAGEMENT_DEVELOPMENT', 'SERIOUS_ORGANIZED_CRIME', 'SGBV', 'OTHER')), CONSTRAINT "PK_e62dd47186dae9d37fadc09e521" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "deployment" ("id" SERIAL NOT NULL, "officer_id" integer NOT NULL, "mission_id" integer NOT NULL, "role_id" integer NOT NULL, "team_id" integer, "start_date" date NOT NULL, "end_date" date, "senior" boolean NOT NULL DEFAULT false, "source" text NOT NULL, CONSTRAINT "deployment_officer_mission_start_key" UNIQUE ("officer_id", "mission_id", "start_date"), CONSTRAINT "deployment_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_ee1f952fc81f37c6fea69c2e248" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_12784cc8a3ce3f6a819b4b765d" ON "deployment"  ("role_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4a459317e06de759fa79333872" ON "deployment"  ("team_id") `);
    await queryRunner.query(`CREATE INDEX "deployment_mission_start_idx" ON "deployment"  ("mission_id", "start_date") `);
    await queryRunner.query(`CREATE TABLE "training_topic" ("id" SERIAL NOT NULL, "code" character varying(64) NOT NULL, "name" text NOT NULL, "theme" character varying(64) NOT NULL, CONSTRAINT "UQ_2f81d1d25dfdbb3509ffd5fc644" UNIQUE ("code"), CONSTRAINT "PK_8b89d3e72cea0c22c583fe0f9a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "training_delivery" ("id" SERIAL NOT NULL, "mission_id" integer, "country_iso3" character varying(3) NOT NULL, "topic_id" integer NOT NULL, "title" text NOT NULL, "start_date" date NOT NULL, "end_date" date, "participants" integer NOT NULL, "female_participants" integer NOT NULL, "instructors_certified" integer NOT NULL DEFAULT '0', "female_only" boolean NOT NULL DEFAULT false, "source" text NOT NULL, CONSTRAINT "training_delivery_title_country_start_key" UNIQUE ("title", "country_iso3", "start_date"), CONSTRAINT "training_delivery_female_only_check" CHECK (NOT "female_only" OR "female_participants" = "participants"), CONSTRAINT "training_delivery_female_check" CHECK ("female_participants" <= "participants"), CONSTRAINT "training_delivery_counts_check" CHECK ("participants" >= 0 AND "female_participants" >= 0 AND "instructors_certified" >= 0), CONSTRAINT "training_delivery_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_3ca3c7088fa449c04fb9e531dfa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4ed17ba866e1dd5b2fd5bf7435" ON "training_delivery"  ("mission_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a34e2fa284abe3205dce7d6333" ON "training_delivery"  ("country_iso3") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd01ecd60c818683fa792c9487" ON "training_delivery"  ("topic_id") `);
    await queryRunner.query(`CREATE TABLE "un_contribution" ("id" SERIAL NOT NULL, "as_of_date" date NOT NULL, "mission_id" integer, "country_iso3" character varying(3) NOT NULL, "personnel_type" character varying(32) NOT NULL, "male" integer NOT NULL, "female" integer NOT NULL, "total" integer NOT NULL, "source" text NOT NULL, CONSTRAINT "un_contribution_counts_check" CHECK ("male" >= 0 AND "female" >= 0 AND "male" + "female" = "total"), CONSTRAINT "un_contribution_personnel_type_check" CHECK ("personnel_type" IN ('INDIVIDUAL_POLICE', 'FORMED_POLICE_UNIT', 'EXPERT_ON_MISSION', 'STAFF_OFFICER', 'TROOPS')), CONSTRAINT "PK_f453708c6a3cecedc17b63cab3c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "un_contribution_country_date_idx" ON "un_contribution"  ("country_iso3", "as_of_date") `);
    await queryRunner.query(`CREATE INDEX "un_contribution_mission_date_idx" ON "un_contribution"  ("mission_id", "as_of_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "un_contribution_country_total_key" ON "un_contribution"  ("as_of_date", "country_iso3", "personnel_type") WHERE "mission_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "un_contribution_key" ON "un_contribution"  ("as_of_date", "mission_id", "country_iso3", "personnel_type") WHERE "mission_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "wps_indicator" ("id" SERIAL NOT NULL, "code" character varying(64) NOT NULL, "name" text NOT NULL, "unit" character varying(16) NOT NULL, "source" character varying(32) NOT NULL, "computation" text NOT NULL, CONSTRAINT "UQ_85a7c8c0fafdf6de67b7329ece2" UNIQUE ("code"), CONSTRAINT "wps_indicator_source_check" CHECK ("source" IN ('NAP_2017_2022', 'NAP_2023_2029', 'UN_GPS_2018_2028')), CONSTRAINT "PK_d8c598a63d57aa3bbc0ece03cbb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "wps_milestone" ("id" SERIAL NOT NULL, "date" date NOT NULL, "country_iso3" character varying(3), "mission_id" integer, "title" text NOT NULL, "description" text NOT NULL, "category" character varying(32) NOT NULL, CONSTRAINT "PK_072d5a31f2437a16d31dc49a76b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "wps_target" ("id" SERIAL NOT NULL, "indicator_id" integer NOT NULL, "year" integer NOT NULL, "value" numeric(6,4) NOT NULL, "source_note" text, CONSTRAINT "wps_target_indicator_year_key" UNIQUE ("indicator_id", "year"), CONSTRAINT "wps_target_value_check" CHECK ("value" >= 0 AND "value" <= 1), CONSTRAINT "PK_106aa1d1ee855c1cbf52c241ef3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "mission_host_country" ("mission_id" integer NOT NULL, "country_iso3" character varying(3) NOT NULL, CONSTRAINT "PK_9e655cb30177d2c8f7b3fbc8967" PRIMARY KEY ("mission_id", "country_iso3"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e2b150147eda04cf425d567b0a" ON "mission_host_country"  ("mission_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c265d2a776656e0b2166f28a70" ON "mission_host_country"  ("country_iso3") `);
    await queryRunner.query(`ALTER TABLE "mission" ADD CONSTRAINT "FK_4b1a5f6fec78d92809a686a3b7c" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployment_request" ADD CONSTRAINT "FK_8bc66fc21ac39a555a4f97ea69e" FOREIGN KEY ("mission_id") REFERENCES "mission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployment_request" ADD CONSTRAINT "FK_c1bc0998633fc593c4d3b8b3fe5" FOREIGN KEY ("requested_by_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployment_request" ADD CONSTRAINT "FK_b3c784e8ccd347a96944a454f32" FOREIGN KEY ("requested_by_country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "officer" ADD CONSTRAINT "FK_f978809b49113e5f5429faf3409" FOREIGN KEY ("police_service_id") REFERENCES "police_service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "specialized_team" ADD CONSTRAINT "FK_8b25e694b9f9bb0b3b3e86814c6" FOREIGN KEY ("mission_id") REFERENCES "mission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployment" ADD CONSTRAINT "FK_115d3ae10b9282ffec9be10b780" FOREIGN KEY ("officer_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployment" ADD CONSTRAINT "FK_0b9c7439f7eccc3702515a16170" FOREIGN KEY ("mission_id") REFERENCES "mission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployment" ADD CONSTRAINT "FK_12784cc8a3ce3f6a819b4b765dc" FOREIGN KEY ("role_id") REFERENCES "role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployment" ADD CONSTRAINT "FK_4a459317e06de759fa79333872d" FOREIGN KEY ("team_id") REFERENCES "specialized_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_delivery" ADD CONSTRAINT "FK_4ed17ba866e1dd5b2fd5bf74351" FOREIGN KEY ("mission_id") REFERENCES "mission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_delivery" ADD CONSTRAINT "FK_a34e2fa284abe3205dce7d63335" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_delivery" ADD CONSTRAINT "FK_fd01ecd60c818683fa792c94873" FOREIGN KEY ("topic_id") REFERENCES "training_topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "un_contribution" ADD CONSTRAINT "FK_1da6cd1d142badc51324a802569" FOREIGN KEY ("mission_id") REFERENCES "mission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "un_contribution" ADD CONSTRAINT "FK_29d251e8124e646da34077c87da" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "wps_milestone" ADD CONSTRAINT "FK_36db0b9d30cfd95de9d59ea61d6" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "wps_milestone" ADD CONSTRAINT "FK_09f021fd99e9697143893ff4235" FOREIGN KEY ("mission_id") REFERENCES "mission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "wps_target" ADD CONSTRAINT "FK_d0978a2fd0f854827ec8fc8aaa6" FOREIGN KEY ("indicator_id") REFERENCES "wps_indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mission_host_country" ADD CONSTRAINT "FK_e2b150147eda04cf425d567b0a8" FOREIGN KEY ("mission_id") REFERENCES "mission"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "mission_host_country" ADD CONSTRAINT "FK_c265d2a776656e0b2166f28a704" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mission_host_country" DROP CONSTRAINT "FK_c265d2a776656e0b2166f28a704"`);
    await queryRunner.query(`ALTER TABLE "mission_host_country" DROP CONSTRAINT "FK_e2b150147eda04cf425d567b0a8"`);
    await queryRunner.query(`ALTER TABLE "wps_target" DROP CONSTRAINT "FK_d0978a2fd0f854827ec8fc8aaa6"`);
    await queryRunner.query(`ALTER TABLE "wps_milestone" DROP CONSTRAINT "FK_09f021fd99e9697143893ff4235"`);
    await queryRunner.query(`ALTER TABLE "wps_milestone" DROP CONSTRAINT "FK_36db0b9d30cfd95de9d59ea61d6"`);
    await queryRunner.query(`ALTER TABLE "un_contribution" DROP CONSTRAINT "FK_29d251e8124e646da34077c87da"`);
    await queryRunner.query(`ALTER TABLE "un_contribution" DROP CONSTRAINT "FK_1da6cd1d142badc51324a802569"`);
    await queryRunner.query(`ALTER TABLE "training_delivery" DROP CONSTRAINT "FK_fd01ecd60c818683fa792c94873"`);
    await queryRunner.query(`ALTER TABLE "training_delivery" DROP CONSTRAINT "FK_a34e2fa284abe3205dce7d63335"`);
    await queryRunner.query(`ALTER TABLE "training_delivery" DROP CONSTRAINT "FK_4ed17ba866e1dd5b2fd5bf74351"`);
    await queryRunner.query(`ALTER TABLE "deployment" DROP CONSTRAINT "FK_4a459317e06de759fa79333872d"`);
    await queryRunner.query(`ALTER TABLE "deployment" DROP CONSTRAINT "FK_12784cc8a3ce3f6a819b4b765dc"`);
    await queryRunner.query(`ALTER TABLE "deployment" DROP CONSTRAINT "FK_0b9c7439f7eccc3702515a16170"`);
    await queryRunner.query(`ALTER TABLE "deployment" DROP CONSTRAINT "FK_115d3ae10b9282ffec9be10b780"`);
    await queryRunner.query(`ALTER TABLE "specialized_team" DROP CONSTRAINT "FK_8b25e694b9f9bb0b3b3e86814c6"`);
    await queryRunner.query(`ALTER TABLE "officer" DROP CONSTRAINT "FK_f978809b49113e5f5429faf3409"`);
    await queryRunner.query(`ALTER TABLE "deployment_request" DROP CONSTRAINT "FK_b3c784e8ccd347a96944a454f32"`);
    await queryRunner.query(`ALTER TABLE "deployment_request" DROP CONSTRAINT "FK_c1bc0998633fc593c4d3b8b3fe5"`);
    await queryRunner.query(`ALTER TABLE "deployment_request" DROP CONSTRAINT "FK_8bc66fc21ac39a555a4f97ea69e"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP CONSTRAINT "FK_4b1a5f6fec78d92809a686a3b7c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c265d2a776656e0b2166f28a70"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2b150147eda04cf425d567b0a"`);
    await queryRunner.query(`DROP TABLE "mission_host_country"`);
    await queryRunner.query(`DROP TABLE "wps_target"`);
    await queryRunner.query(`DROP TABLE "wps_milestone"`);
    await queryRunner.query(`DROP TABLE "wps_indicator"`);
    await queryRunner.query(`DROP INDEX "public"."un_contribution_key"`);
    await queryRunner.query(`DROP INDEX "public"."un_contribution_country_total_key"`);
    await queryRunner.query(`DROP INDEX "public"."un_contribution_mission_date_idx"`);
    await queryRunner.query(`DROP INDEX "public"."un_contribution_country_date_idx"`);
    await queryRunner.query(`DROP TABLE "un_contribution"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd01ecd60c818683fa792c9487"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a34e2fa284abe3205dce7d6333"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ed17ba866e1dd5b2fd5bf7435"`);
    await queryRunner.query(`DROP TABLE "training_delivery"`);
    await queryRunner.query(`DROP TABLE "training_topic"`);
    await queryRunner.query(`DROP INDEX "public"."deployment_mission_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4a459317e06de759fa79333872"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12784cc8a3ce3f6a819b4b765d"`);
    await queryRunner.query(`DROP TABLE "deployment"`);
    await queryRunner.query(`DROP TABLE "specialized_team"`);
    await queryRunner.query(`DROP TABLE "role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f978809b49113e5f5429faf340"`);
    await queryRunner.query(`DROP TABLE "officer"`);
    await queryRunner.query(`DROP TABLE "police_service"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bc66fc21ac39a555a4f97ea69"`);
    await queryRunner.query(`DROP TABLE "deployment_request"`);
    await queryRunner.query(`DROP TABLE "country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b1a5f6fec78d92809a686a3b7"`);
    await queryRunner.query(`DROP TABLE "mission"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { PersonnelType, sqlEnumList } from "../domain/enums";
import { CountryEntity } from "./country.entity";
import { MissionEntity } from "./mission.entity";

/** One row of the UN's monthly report: a stock at a month end, never a flow. */
@Entity("un_contribution")
@Check("un_contribution_personnel_type_check", `"personnel_type" IN (${sqlEnumList(PersonnelType)})`)
@Check("un_contribution_counts_check", `"male" >= 0 AND "female" >= 0 AND "male" + "female" = "total"`)
@Index("un_contribution_key", ["asOfDate", "missionId", "countryIso3", "personnelType"], { unique: true, where: `"mission_id" IS NOT NULL` })
@Index("un_contribution_country_total_key", ["asOfDate", "countryIso3", "personnelType"], { unique: true, where: `"mission_id" IS NULL` })
@Index("un_contribution_mission_date_idx", ["missionId", "asOfDate"])
@Index("un_contribution_country_date_idx", ["countryIso3", "asOfDate"])
@Index("un_contribution_source_idx", ["source"])
export class UnContributionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "as_of_date", type: "date" })
  asOfDate!: string;

  /** Null where the UN report gave country totals only (2018-03 .. 2019-08). */
  @Column({ name: "mission_id", type: "int", nullable: true })
  missionId!: number | null;

  @ManyToOne(() => MissionEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "mission_id" })
  mission!: Relation<MissionEntity> | null;

  @Column({ name: "country_iso3", type: "varchar", length: 3 })
  countryIso3!: string;

  @ManyToOne(() => CountryEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "country_iso3" })
  country!: Relation<CountryEntity>;

  @Column({ name: "personnel_type", type: "varchar", length: 32 })
  personnelType!: PersonnelType;

  @Column({ type: "int" })
  male!: number;

  @Column({ type: "int" })
  female!: number;

  @Column({ type: "int" })
  total!: number;

  @Column({ type: "text" })
  source!: string;
}

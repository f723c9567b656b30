import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CountryEntity } from "./country.entity";
import { MissionEntity } from "./mission.entity";

@Entity("wps_milestone")
export class WpsMilestoneEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "date" })
  date!: string;

  @Column({ name: "country_iso3", type: "varchar", length: 3, nullable: true })
  countryIso3!: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "country_iso3" })
  country!: Relation<CountryEntity> | null;

  @Column({ name: "mission_id", type: "int", nullable: true })
  missionId!: number | null;

  @ManyToOne(() => MissionEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "mission_id" })
  mission!: Relation<MissionEntity> | null;

  @Column({ type: "text" })
  title!: string;

  @Column({ type: "text" })
  description!: string;

  @Column({ type: "varchar", length: 32 })
  category!: string;

  /** Where the milestone is told (a citation), as every record of peaceops says. */
  @Column({ type: "text" })
  source!: string;
}

import { Column, Entity, ManyToMany, PrimaryColumn, type Relation } from "typeorm";
import { MissionEntity } from "./mission.entity";

/** ISO 3166-1 country (plus Kosovo as XKX); the alpha-3 code is the natural and primary key. */
@Entity("country")
export class CountryEntity {
  @PrimaryColumn({ type: "varchar", length: 3 })
  iso3!: string;

  @Column({ type: "varchar", length: 2, unique: true })
  iso2!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text", nullable: true })
  region!: string | null;

  @Column({ type: "text", nullable: true })
  subregion!: string | null;

  // Declared so that deleting a country that hosts a mission fails instead of cascading.
  @ManyToMany(() => MissionEntity, (mission) => mission.hostCountries, { onDelete: "RESTRICT" })
  missions!: Relation<MissionEntity[]>;
}

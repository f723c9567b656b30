import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { MissionKind, sqlEnumList } from "../domain/enums";
import { CountryEntity } from "./country.entity";
import { OrganizationEntity } from "./organization.entity";

@Entity("mission")
@Check("mission_kind_check", `"kind" IN (${sqlEnumList(MissionKind)})`)
@Check("mission_dates_check", `"end_date" IS NULL OR "end_date" >= "start_date"`)
@Check("mission_canadian_years_check", `"canadian_police_to" IS NULL OR "canadian_police_from" IS NULL OR "canadian_police_to" >= "canadian_police_from"`)
export class MissionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 64, unique: true })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  @Index()
  @Column({ name: "lead_organization_id", type: "int" })
  leadOrganizationId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "lead_organization_id" })
  leadOrganization!: Relation<OrganizationEntity>;

  @Column({ type: "varchar", length: 32 })
  kind!: MissionKind;

  @Column({ name: "start_date", type: "date" })
  startDate!: string;

  @Column({ name: "end_date", type: "date", nullable: true })
  endDate!: string | null;

  @Column({ name: "canadian_police_from", type: "int", nullable: true })
  canadianPoliceFrom!: number | null;

  @Column({ name: "canadian_police_to", type: "int", nullable: true })
  canadianPoliceTo!: number | null;

  /** Where the facts about this mission come from (a citation), or the file that created it. */
  @Column({ type: "text" })
  source!: string;

  @ManyToMany(() => CountryEntity, (country) => country.missions, { onDelete: "CASCADE" })
  @JoinTable({
    name: "mission_host_country",
    joinColumn: { name: "mission_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "country_iso3", referencedColumnName: "iso3" },
  })
  hostCountries!: Relation<CountryEntity[]>;
}

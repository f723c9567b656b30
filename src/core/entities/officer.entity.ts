import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Gender, sqlEnumList } from "../domain/enums";
import { PoliceServiceEntity } from "./police-service.entity";

/** A deployed officer. Names are personal data: only ADMIN callers may read them. */
@Entity("officer")
@Check("officer_gender_check", `"gender" IN (${sqlEnumList(Gender)})`)
@Index("officer_source_idx", ["source"])
export class OfficerEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Pseudonymous natural key. */
  @Column({ name: "personnel_number", type: "varchar", length: 32, unique: true })
  personnelNumber!: string;

  @Column({ name: "given_name", type: "text", nullable: true })
  givenName!: string | null;

  @Column({ name: "family_name", type: "text", nullable: true })
  familyName!: string | null;

  @Column({ type: "varchar", length: 16 })
  gender!: Gender;

  @Column({ type: "text", nullable: true })
  rank!: string | null;

  @Index()
  @Column({ name: "police_service_id", type: "int" })
  policeServiceId!: number;

  @ManyToOne(() => PoliceServiceEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "police_service_id" })
  policeService!: Relation<PoliceServiceEntity>;

  @Column({ type: "text" })
  source!: string;
}

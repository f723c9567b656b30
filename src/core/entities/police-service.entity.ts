import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Jurisdiction, sqlEnumList } from "../domain/enums";

@Entity("police_service")
@Check("police_service_jurisdiction_check", `"jurisdiction" IN (${sqlEnumList(Jurisdiction)})`)
export class PoliceServiceEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 32, unique: true })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "varchar", length: 16 })
  jurisdiction!: Jurisdiction;

  @Column({ type: "varchar", length: 2, nullable: true })
  province!: string | null;
}

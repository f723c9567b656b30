import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { OrganizationKind, sqlEnumList } from "../domain/enums";

@Entity("organization")
@Check("organization_kind_check", `"kind" IN (${sqlEnumList(OrganizationKind)})`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 32, unique: true })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "varchar", length: 32 })
  kind!: OrganizationKind;
}

import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { RoleCategory, sqlEnumList } from "../domain/enums";

@Entity("role")
@Check("role_category_check", `"category" IN (${sqlEnumList(RoleCategory)})`)
export class RoleEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 64, unique: true })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "varchar", length: 32 })
  category!: RoleCategory;
}

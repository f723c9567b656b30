import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { IndicatorSource, sqlEnumList } from "../domain/enums";

@Entity("wps_indicator")
@Check("wps_indicator_source_check", `"source" IN (${sqlEnumList(IndicatorSource)})`)
export class WpsIndicatorEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 64, unique: true })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "varchar", length: 16 })
  unit!: string;

  @Column({ type: "varchar", length: 32 })
  source!: IndicatorSource;

  /** How the actual value is computed, in words (the exact definitions are in docs/definitions.md). */
  @Column({ type: "text" })
  computation!: string;
}

import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { WpsIndicatorEntity } from "./wps-indicator.entity";

@Entity("wps_target")
@Unique("wps_target_indicator_year_key", ["indicatorId", "year"])
@Check("wps_target_value_check", `"value" >= 0 AND "value" <= 1`)
export class WpsTargetEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "indicator_id", type: "int" })
  indicatorId!: number;

  @ManyToOne(() => WpsIndicatorEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "indicator_id" })
  indicator!: Relation<WpsIndicatorEntity>;

  @Column({ type: "int" })
  year!: number;

  /** A share between 0 and 1 (0.2 = 20 %). */
  @Column({ type: "numeric", precision: 6, scale: 4 })
  value!: string;

  @Column({ name: "source_note", type: "text", nullable: true })
  sourceNote!: string | null;
}

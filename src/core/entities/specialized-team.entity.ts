import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { TeamFocus, sqlEnumList } from "../domain/enums";
import { MissionEntity } from "./mission.entity";

@Entity("specialized_team")
@Unique("specialized_team_mission_name_key", ["missionId", "name"])
@Check("specialized_team_focus_check", `"focus" IN (${sqlEnumList(TeamFocus)})`)
@Check("specialized_team_dates_check", `"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"`)
export class SpecializedTeamEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "mission_id", type: "int" })
  missionId!: number;

  @ManyToOne(() => MissionEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "mission_id" })
  mission!: Relation<MissionEntity>;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "varchar", length: 32 })
  focus!: TeamFocus;

  @Column({ name: "led_by_canada", type: "boolean", default: false })
  ledByCanada!: boolean;

  @Column({ name: "start_date", type: "date", nullable: true })
  startDate!: string | null;

  @Column({ name: "end_date", type: "date", nullable: true })
  endDate!: string | null;

  @Column({ type: "text" })
  source!: string;
}

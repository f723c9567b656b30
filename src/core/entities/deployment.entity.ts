import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { MissionEntity } from "./mission.entity";
import { OfficerEntity } from "./officer.entity";
import { RoleEntity } from "./role.entity";
import { SpecializedTeamEntity } from "./specialized-team.entity";

@Entity("deployment")
@Unique("deployment_officer_mission_start_key", ["officerId", "missionId", "startDate"])
@Check("deployment_dates_check", `"end_date" IS NULL OR "end_date" >= "start_date"`)
@Index("deployment_mission_start_idx", ["missionId", "startDate"])
@Index("deployment_source_start_idx", ["source", "startDate"])
export class DeploymentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "officer_id", type: "int" })
  officerId!: number;

  @ManyToOne(() => OfficerEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "officer_id" })
  officer!: Relation<OfficerEntity>;

  @Column({ name: "mission_id", type: "int" })
  missionId!: number;

  @ManyToOne(() => MissionEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "mission_id" })
  mission!: Relation<MissionEntity>;

  @Index()
  @Column({ name: "role_id", type: "int" })
  roleId!: number;

  @ManyToOne(() => RoleEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "role_id" })
  role!: Relation<RoleEntity>;

  @Index()
  @Column({ name: "team_id", type: "int", nullable: true })
  teamId!: number | null;

  @ManyToOne(() => SpecializedTeamEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "team_id" })
  team!: Relation<SpecializedTeamEntity> | null;

  @Column({ name: "start_date", type: "date" })
  startDate!: string;

  @Column({ name: "end_date", type: "date", nullable: true })
  endDate!: string | null;

  @Column({ type: "boolean", default: false })
  senior!: boolean;

  @Column({ type: "text" })
  source!: string;
}

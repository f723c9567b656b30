import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { CountryEntity } from "./country.entity";
import { MissionEntity } from "./mission.entity";
import { TrainingTopicEntity } from "./training-topic.entity";

@Entity("training_delivery")
@Unique("training_delivery_title_country_start_key", ["title", "countryIso3", "startDate"])
@Check("training_delivery_dates_check", `"end_date" IS NULL OR "end_date" >= "start_date"`)
@Check("training_delivery_counts_check", `"participants" >= 0 AND "female_participants" >= 0 AND "instructors_certified" >= 0`)
@Check("training_delivery_female_check", `"female_participants" <= "participants"`)
@Check("training_delivery_female_only_check", `NOT "female_only" OR "female_participants" = "participants"`)
export class TrainingDeliveryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: "mission_id", type: "int", nullable: true })
  missionId!: number | null;

  @ManyToOne(() => MissionEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "mission_id" })
  mission!: Relation<MissionEntity> | null;

  @Index()
  @Column({ name: "country_iso3", type: "varchar", length: 3 })
  countryIso3!: string;

  @ManyToOne(() => CountryEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "country_iso3" })
  country!: Relation<CountryEntity>;

  @Index()
  @Column({ name: "topic_id", type: "int" })
  topicId!: number;

  @ManyToOne(() => TrainingTopicEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "topic_id" })
  topic!: Relation<TrainingTopicEntity>;

  @Column({ type: "text" })
  title!: string;

  @Column({ name: "start_date", type: "date" })
  startDate!: string;

  @Column({ name: "end_date", type: "date", nullable: true })
  endDate!: string | null;

  @Column({ type: "int" })
  participants!: number;

  @Column({ name: "female_participants", type: "int" })
  femaleParticipants!: number;

  @Column({ name: "instructors_certified", type: "int", default: 0 })
  instructorsCertified!: number;

  @Column({ name: "female_only", type: "boolean", default: false })
  femaleOnly!: boolean;

  @Column({ type: "text" })
  source!: string;
}

import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity("training_topic")
export class TrainingTopicEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 64, unique: true })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  /** Open list (e.g. DOMESTIC_VIOLENCE): new topics may bring new themes. */
  @Column({ type: "varchar", length: 64 })
  theme!: string;
}

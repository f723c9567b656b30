import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { RequestDecision, sqlEnumList } from "../domain/enums";
import { CountryEntity } from "./country.entity";
import { MissionEntity } from "./mission.entity";
import { OrganizationEntity } from "./organization.entity";

/** A request for Canadian police, from an organization or from a country. */
@Entity("deployment_request")
@Check("deployment_request_decision_check", `"decision" IN (${sqlEnumList(RequestDecision)})`)
@Check("deployment_request_requester_check", `num_nonnulls("requested_by_organization_id", "requested_by_country_iso3") = 1`)
@Check("deployment_request_positions_check", `"positions_requested" >= 0`)
@Check("deployment_request_dates_check", `"decided_on" IS NULL OR "decided_on" >= "received_on"`)
@Check("deployment_request_pending_check", `("decision" = 'PENDING') = ("decided_on" IS NULL)`)
export class DeploymentRequestEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: "mission_id", type: "int" })
  missionId!: number;

  @ManyToOne(() => MissionEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "mission_id" })
  mission!: Relation<MissionEntity>;

  @Column({ name: "requested_by_organization_id", type: "int", nullable: true })
  requestedByOrganizationId!: number | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "requested_by_organization_id" })
  requestedByOrganization!: Relation<OrganizationEntity> | null;

  @Column({ name: "requested_by_country_iso3", type: "varchar", length: 3, nullable: true })
  requestedByCountryIso3!: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "requested_by_country_iso3" })
  requestedByCountry!: Relation<CountryEntity> | null;

  @Column({ name: "received_on", type: "date" })
  receivedOn!: string;

  @Column({ name: "positions_requested", type: "int" })
  positionsRequested!: number;

  @Column({ type: "varchar", length: 16 })
  decision!: RequestDecision;

  @Column({ name: "decided_on", type: "date", nullable: true })
  decidedOn!: string | null;

  @Column({ type: "text" })
  source!: string;
}

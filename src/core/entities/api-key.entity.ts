import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * An API key. Only the SHA-256 of the token is stored: tokens are 256-bit random values, so a
 * fast hash is enough and a leaked table does not leak usable tokens. The prefix identifies a key
 * in listings and logs without revealing it.
 */
@Entity("api_key")
@Check("api_key_role_check", `"role" IN ('ANALYST', 'EDITOR', 'ADMIN')`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "varchar", length: 16 })
  role!: "ANALYST" | "EDITOR" | "ADMIN";

  @Index("api_key_token_hash_key", { unique: true })
  @Column({ name: "token_hash", type: "char", length: 64 })
  tokenHash!: string;

  @Column({ type: "varchar", length: 16 })
  prefix!: string;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ name: "created_by", type: "text" })
  createdBy!: string;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt!: Date | null;
}

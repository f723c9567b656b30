export const ROLES = ["ANALYST", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

// ADMIN includes every lower role, EDITOR includes ANALYST.
const IMPLIES: Record<Role, readonly Role[]> = { ADMIN: ["ADMIN", "EDITOR", "ANALYST"], EDITOR: ["EDITOR", "ANALYST"], ANALYST: ["ANALYST"] };

/** Every role a set of held roles grants. */
export function grantedRoles(held: Iterable<Role>): Set<Role> {
  return new Set([...held].flatMap((r) => IMPLIES[r]));
}

export function parseRole(raw: string): Role {
  const role = raw.trim().toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`unknown role "${raw}": use one of ${ROLES.join(", ")}`);
  return role as Role;
}

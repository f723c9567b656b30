// Role and senior-position flag of each tour.

import { CATEGORY_WEIGHT, OTHER_SENIOR_SHARE } from "./calibration";
import type { Rng } from "./prng";
import type { Tour } from "./tours";

export interface RoleChoice {
  roleCode: string;
  senior: boolean;
}

/** Experts in missions without a Canadian contingent observe, monitor or investigate. */
const EXPERT_CATEGORIES = new Set(["MONITORING", "HUMAN_RIGHTS_INVESTIGATION", "OTHER"]);

export function roleChooser(roles: { code: string; category: string }[]): (t: Tour, rng: Rng) => RoleChoice {
  const categories = [...new Set(roles.map((r) => r.category))].sort();
  const byCategory = new Map(categories.map((c) => [c, roles.filter((r) => r.category === c).map((r) => r.code).sort()]));
  const expertCats = categories.filter((c) => EXPERT_CATEGORIES.has(c));
  return (t, rng) => {
    if (categories.length === 0) return { roleCode: "", senior: false };
    const pool = t.expert && expertCats.length ? expertCats : categories;
    const category = rng.weighted(pool, (c) => CATEGORY_WEIGHT[c] ?? 5);
    const roleCode = rng.pick(byCategory.get(category)!);
    const senior = category === "LEADERSHIP" || rng.chance(OTHER_SENIOR_SHARE);
    return { roleCode, senior };
  };
}

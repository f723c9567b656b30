// Measures over a generated register, as docs/definitions.md defines them.
import type { SyntheticDeployment, SyntheticRegister } from "../../src/core/db/seed/synthetic";

export const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function byMission(reg: SyntheticRegister): Map<string, SyntheticDeployment[]> {
  const out = new Map<string, SyntheticDeployment[]>();
  for (const d of reg.deployments) {
    const list = out.get(d.missionCode) ?? [];
    list.push(d);
    out.set(d.missionCode, list);
  }
  return out;
}

/** Officers deployed on date D (start <= D and (end null or end >= D)), and how many are women. */
export function headcount(deps: SyntheticDeployment[] | undefined, date: string, women: Set<string>) {
  let total = 0;
  let female = 0;
  for (const d of deps ?? []) {
    if (d.startDate <= date && (d.endDate === null || d.endDate >= date)) {
      total++;
      if (women.has(d.personnelNumber)) female++;
    }
  }
  return { total, female };
}

/** Sorted by the key tuple, each part compared byte by byte (COLLATE "C"). */
export function isSorted<T>(items: T[], key: (x: T) => string[]): boolean {
  const cmp = (a: string[], b: string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  };
  for (let i = 1; i < items.length; i++) if (cmp(key(items[i - 1]), key(items[i])) > 0) return false;
  return true;
}

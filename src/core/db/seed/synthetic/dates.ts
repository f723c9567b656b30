// Dates as whole UTC days since 1970-01-01: integer arithmetic, no time zones, no Date.now.

const MS_PER_DAY = 86_400_000;

export function parseDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

const formatted = new Map<number, string>();

export function formatDay(day: number): string {
  let s = formatted.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(day, s); // a few thousand distinct days at most: worth keeping
  }
  return s;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

/** Last day of the month that contains `day`. */
export function monthEnd(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / MS_PER_DAY;
}

/** First day of the month that contains `day`. */
export function monthStart(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY;
}

/** Same day of the month, `months` later, clamped to the target month's length. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / MS_PER_DAY;
}

/** Month ends within [from, to], ascending. */
export function monthEndsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let e = monthEnd(from); e <= to; e = monthEnd(e + 1)) out.push(e);
  return out;
}

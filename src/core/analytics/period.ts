import { UserInputError } from "../errors";
import { MIN_DATE } from "../input/date-range";

export interface Period {
  from: string;
  to: string;
}

/** Today as YYYY-MM-DD in UTC: the default end of every period. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Earliest date any register or UN row can be given: the default start ("all time"). */
export const ALL_TIME_FROM = MIN_DATE;

/** Resolves the defaults (all time .. today) and rejects an inverted period, naming the argument. */
export function resolvePeriod(from: string | null | undefined, to: string | null | undefined): Period {
  const period = { from: from ?? ALL_TIME_FROM, to: to ?? today() };
  if (period.from > period.to) throw new UserInputError(`from (${period.from}) must not be after to (${period.to})`, "from");
  return period;
}

export const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * SQL for a date's month as an integer (year * 12 + month - 1): the month ends a deployment covers
 * are then a plain integer series, from monthIndex(start) to monthIndex(end + 1) - 1.
 */
export const monthIndex = (date: string) => `(extract(year FROM ${date})::int * 12 + extract(month FROM ${date})::int - 1)`;

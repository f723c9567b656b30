import type { Lang } from "./i18n";

/** Numbers as each language writes them, without the host's locale data: the same text on every machine. */
function decimals(value: number, digits: number, lang: Lang): string {
  const text = value.toFixed(digits);
  return lang === "fr" ? text.replace(".", ",") : text;
}

/** Whole numbers with thousands grouped: 3,916 (en), 3 916 (fr, with a narrow no-break space). */
export function count(value: number, lang: Lang): string {
  const sign = value < 0 ? "−" : "";
  const digits = String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? "\u202f" : ",");
  return sign + digits;
}

/** A share as a percentage with one decimal: 24.3 % (en), 24,3 % (fr). */
export function percent(value: number, lang: Lang): string {
  return `${decimals(value * 100, 1, lang)}\u00a0%`;
}

/** A change per year in percentage points, signed: +0.35 points. */
export function points(value: number, lang: Lang): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${decimals(Math.abs(value) * 100, 2, lang)}\u00a0${lang === "fr" ? "point" : "points"}`;
}

export function signed(value: number, lang: Lang): string {
  return value > 0 ? `+${count(value, lang)}` : count(value, lang);
}

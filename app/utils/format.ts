import { isExists } from "date-fns";
import { osloDayOf } from "./time";

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2011-03-01" or an ISO instant (its day in Norway) as dd.mm.yyyy; empty for nothing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  // Most dates are plain days, rewritten directly: tables format hundreds of them per page.
  const day = PLAIN_DATE.exec(value);
  if (day) return isExists(Number(day[1]), Number(day[2]) - 1, Number(day[3])) ? `${day[3]}.${day[2]}.${day[1]}` : value;
  const osloDay = PLAIN_DATE.exec(osloDayOf(value));
  return osloDay ? `${osloDay[3]}.${osloDay[2]}.${osloDay[1]}` : value;
}

const numberFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });

/** Numbers with decimal comma and Norwegian grouping. */
export function formatNumber(value: number | null | undefined): string {
  return value == null ? "" : numberFormat.format(value);
}

const pluralRules = new Intl.PluralRules("nb-NO");

/** `one` or `other`, as bokmål's plural rules choose for `n` (1 takes the singular, 0 and 2 the plural). */
export function byCount(n: number, one: string, other: string): string {
  return pluralRules.select(n) === "one" ? one : other;
}

/** The count and the noun in the form that fits it: "1 måling", "2 målinger", "0 målinger". */
export function countOf(n: number, one: string, other: string): string {
  return `${formatNumber(n)} ${byCount(n, one, other)}`;
}

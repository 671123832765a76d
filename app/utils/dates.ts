import { getDaysInMonth, isExists } from "date-fns";

/** Whether "yyyy-mm-dd" names a day in the calendar (no 30. februar). */
export function isExistingIsoDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  return isExists(year, month - 1, day);
}

export const DATE_FORMAT_HINT = "dd.mm.åååå";
export const DATE_INPUT_PROBLEM = "Skriv datoen som dd.mm.åååå, for eksempel 31.12.2024.";

/** Four-digit years from 1000: a year like 0224 is a typing slip. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
/** The years of digit-only dates read as dmyyyy (112024), ddmmyyyy or yyyymmdd; ddmmyy months never read as 19 or 20, so those readings never collide. */
const SHORT_FORM_YEARS = { first: 1900, last: 2099 };

const MONTH_NAMES = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

type Parts = { day: number; month: number; year: number };
export type DateReading = { iso: string } | { problem: string };

/** Two-digit years are read as 20yy: the app's dates are project days, not birthdays. */
const fullYear = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

const plausibleYear = (p: Parts) => p.year >= SHORT_FORM_YEARS.first && p.year <= SHORT_FORM_YEARS.last;

function candidates(text: string): Parts[] {
  const iso = ISO.exec(text);
  if (iso) return [{ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }];
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return [{ day: Number(dayFirst[1]), month: Number(dayFirst[3]), year: fullYear(dayFirst[4]) }];
  // Eight digits are ddmmyyyy (31122024) or yyyymmdd (20241231), each only with a year in 1900–2099,
  // so a slip like 20101015 is 15.10.2010, never the 20th of October 1015.
  if (/^\d{8}$/.test(text)) {
    const ddmmyyyy = { day: Number(text.slice(0, 2)), month: Number(text.slice(2, 4)), year: Number(text.slice(4)) };
    const yyyymmdd = { year: Number(text.slice(0, 4)), month: Number(text.slice(4, 6)), day: Number(text.slice(6)) };
    return [ddmmyyyy, yyyymmdd].filter(plausibleYear);
  }
  // Six digits are ddmmyy (311224) or dmyyyy (112024); with dmyyyy years 1900–2099 at most one of them is a day.
  if (/^\d{6}$/.test(text)) {
    const dmyyyy = { day: Number(text[0]), month: Number(text[1]), year: Number(text.slice(2)) };
    return [{ day: Number(text.slice(0, 2)), month: Number(text.slice(2, 4)), year: fullYear(text.slice(4)) }, ...(plausibleYear(dmyyyy) ? [dmyyyy] : [])];
  }
  return [];
}

const inRange = (p: Parts) => p.year >= FIRST_YEAR && p.year <= LAST_YEAR && p.month >= 1 && p.month <= 12 && p.day >= 1;
const exists = (p: Parts) => isExists(p.year, p.month - 1, p.day);

/**
 * Reads a date as people type it: dd.mm.åååå and its common variants (31.12.24, 1.2.2024, 31/12/2024,
 * 31-12-2024, 31122024, 311224) or yyyy-mm-dd, with spaces around. Day always before month, two-digit
 * years in 2000–2099. Gives the day as yyyy-mm-dd, or a bokmål sentence saying what is wrong.
 */
export function readDateInput(text: string): DateReading {
  const readings = candidates(text.trim()).filter(inRange);
  const days = readings.filter(exists);
  if (days.length === 1) {
    const { year, month, day } = days[0];
    return { iso: `${year}-${pad(month)}-${pad(day)}` };
  }
  if (days.length === 0 && readings.length === 1) {
    const { year, month, day } = readings[0];
    const length = getDaysInMonth(new Date(year, month - 1, 1));
    return { problem: `${pad(day)}.${pad(month)}.${year} finnes ikke: ${MONTH_NAMES[month - 1]} ${year} har ${length} dager.` };
  }
  return { problem: DATE_INPUT_PROBLEM };
}

/** What a date field shows: a stored day (yyyy-mm-dd) as dd.mm.åååå, anything the user typed as it was typed. */
export function dateInputText(value: string | null | undefined): string {
  if (!value) return "";
  const reading = ISO.test(value) ? readDateInput(value) : null;
  return reading && "iso" in reading ? `${reading.iso.slice(8)}.${reading.iso.slice(5, 7)}.${reading.iso.slice(0, 4)}` : value;
}

/**
 * A date from a page's address (a filter, "per dato"): nothing when absent or empty, else the day or
 * the problem, so the page can say why it ignored it instead of failing.
 */
export function readDateParam(value: string | null | undefined): { iso?: string; problem?: string; text?: string } {
  if (value == null || value.trim() === "") return {};
  const reading = readDateInput(value);
  // The text goes back into the field; an address can be long, a typed date is not.
  return "iso" in reading ? { iso: reading.iso } : { problem: reading.problem, text: value.slice(0, 40) };
}

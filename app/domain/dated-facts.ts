// Facts carry the date they became true; a verdict or report as of a date uses only those known by then.
import { addMonths as addCalendarMonths, format, parseISO } from "date-fns";

/** The ISO date part of a date or instant ("2013-01-28T14:00:00Z" → "2013-01-28"). */
export const dayOf = (dateOrInstant: string) => dateOrInstant.slice(0, 10);

/** A date as the UI writes it, dd.mm.yyyy, for texts the domain composes. */
export const norwegianDate = (dateOrInstant: string) => dayOf(dateOrInstant).split("-").reverse().join(".");

/** Whether a fact dated `date` (a date or an instant) was true on `asOf`. */
export const knownBy = (date: string | null | undefined, asOf: string): date is string => Boolean(date) && dayOf(date as string) <= asOf;

/** Something that runs over a period counts from its last day (a visiting round counts when it is done). */
export const countsOn = (period: { startDate: string; endDate: string | null }) => period.endDate ?? period.startDate;

/** The last entry of a dated history on or before `asOf`; among entries of one day, the one recorded last. */
export function latestAsOf<T extends { date: string }>(history: readonly T[], asOf: string): T | null {
  let latest: T | null = null;
  for (const entry of history) if (knownBy(entry.date, asOf) && (!latest || dayOf(entry.date) >= dayOf(latest.date))) latest = entry;
  return latest;
}

/** Whether a period overlaps another (an open end counts as the start day). */
export const overlaps = (start: string, end: string | null, period: { start: string; end: string }) => start <= period.end && (end ?? start) >= period.start;

/** The date `months` months after `date` (negative for before); the 31st becomes the month's last day. */
export const addMonths = (date: string, months: number) => format(addCalendarMonths(parseISO(dayOf(date)), months), "yyyy-MM-dd");

type EffectiveDateProblem = { message: string };

/**
 * When a change is dated: never in the future, and a date before the previous change needs a reason,
 * so a history entered afterwards explains itself.
 */
export function checkEffectiveDate(input: { date: string; today: string; previousDate: string | null; reason: string }): EffectiveDateProblem | null {
  if (input.date > input.today) return { message: "Datoen kan ikke være fram i tid" };
  if (input.previousDate && input.date < dayOf(input.previousDate) && !input.reason.trim()) {
    return { message: "Datoen er før forrige endring. Skriv en begrunnelse." };
  }
  return null;
}

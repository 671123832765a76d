// Instants are stored as ISO text in UTC and shown in Norwegian time (Europe/Oslo), whatever the
// server's or the browser's time zone: every date or time of day the app shows of an instant comes from here.

/** Current instant as the ISO text we store. */
export const nowIso = () => new Date().toISOString();

const osloDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date as "yyyy-mm-dd" in Norway: the day a user means when they say «i dag». */
export const todayIso = (now = new Date()) => osloDate.format(now);

const osloParts = new Intl.DateTimeFormat("nb-NO", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The calendar fields of an instant as a clock in Norway shows them. */
export function partsInOslo(instant: Date) {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const instantOf = (iso: string) => {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? null : instant;
};

/** The day «yyyy-mm-dd» an instant falls on in Norway (22:30 UTC on 30 June is already 1 July there). */
export function osloDayOf(iso: string): string {
  const instant = instantOf(iso);
  // One formatter call (not formatToParts): lists of hundreds of items convert a day each.
  return instant ? todayIso(instant) : iso;
}

/** A stored instant as «dd.mm.yyyy HH:mm:ss» in Norwegian time (the audit log, where seconds matter). */
export function osloDateTime(iso: string): string {
  const instant = instantOf(iso);
  if (!instant) return iso;
  const p = partsInOslo(instant);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** A stored instant as «dd.mm.yyyy kl. HH:mm» in Norwegian time; empty for nothing. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const instant = instantOf(iso);
  if (!instant) return iso;
  const p = partsInOslo(instant);
  return `${p.day}.${p.month}.${p.year} kl. ${p.hour}:${p.minute}`;
}

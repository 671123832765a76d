// The e-mail digest of what waits on a person: whether it is due today, which items it names, and
// its text. Pure: the caller brings today's date (Oslo), the person's items and the previous digest.
import type { DigestFrequency } from "../../db/enums";
import { groupBy } from "../utils/group-by";
import type { ToMeItem } from "./to-me";

const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
const isoOfDayNumber = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** The Monday on or before a date (ISO dates, calendar days). */
export function mondayOnOrBefore(isoDate: string): string {
  const n = dayNumber(isoDate);
  // Day 0 (1970-01-01) was a Thursday: Monday is 3 days later.
  const sinceMonday = (((n - 4) % 7) + 7) % 7;
  return isoOfDayNumber(n - sinceMonday);
}

/**
 * Whether the person's digest is due on `today`. `lastDigestDay` is the latest earlier day a digest was
 * made for them (sent, or found empty), or null. Weekly digests go out on Mondays, or on the first
 * day after a missed Monday, so nobody misses a week.
 */
export function isDigestDue(frequency: DigestFrequency, today: string, lastDigestDay: string | null): boolean {
  if (frequency === "aldri") return false;
  if (frequency === "daglig") return true;
  return lastDigestDay === null || lastDigestDay < mondayOnOrBefore(today);
}

/**
 * The items a digest names: those that were not waiting at the previous digest (all, without one),
 * and every overdue item. None: no mail.
 */
export function digestItems(items: readonly ToMeItem[], previousKeys: readonly string[] | null): ToMeItem[] {
  const known = new Set(previousKeys ?? []);
  return items.filter((item) => item.overdue || !known.has(item.key));
}

export type DigestMail = { subject: string; text: string };

const count = (n: number) => (n === 1 ? "1 sak venter på deg" : `${n} saker venter på deg`);

/** The mail: titles, reasons and links only, grouped by project; a link to change the frequency and one to stop. */
export function buildDigestMail(input: { personName: string; items: readonly ToMeItem[]; appUrl: string; unsubscribeUrl: string }): DigestMail {
  const base = input.appUrl.replace(/\/+$/, "");
  const groups = [...groupBy([...input.items], (item) => item.projectId).values()]
    .map((items) => ({ name: items[0].projectName, items }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const lines = [`Hei, ${input.personName}!`, "", "Dette venter på deg i Trinnvis:"];
  for (const group of groups) {
    lines.push("", group.name);
    for (const item of group.items) {
      lines.push(`- ${item.overdue ? "Forfalt: " : ""}${item.title}`, `  ${item.reason}`, `  ${base}${item.href}`);
    }
  }
  lines.push(
    "",
    `Alt som venter på deg: ${base}/til-meg`,
    `Velg hvor ofte du får denne e-posten: ${base}/profil`,
    `Slå av påminnelsene (uten å logge inn): ${input.unsubscribeUrl}`,
  );
  return { subject: `Trinnvis: ${count(input.items.length)}`, text: lines.join("\n") };
}

/** «Per Hansen» → «Per H.»: enough for the person to know an unsubscribe link is theirs, little for anyone else. */
export function shortPersonName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts[0] ?? "";
  return `${parts[0]} ${parts[parts.length - 1][0]}.`;
}

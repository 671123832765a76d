// The daily or weekly e-mail of what waits on each person. Every server process runs it (see
// app/jobs/digest-schedule.server.ts); the claim in the database lets exactly one of them send a
// person's digest for the day, and a run after a restart sends whatever today's is still missing.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { buildDigestMail, digestItems, isDigestDue } from "../domain/digest";
import type { ToMeItem } from "../domain/to-me";
import { claimDigest, digestRecipients, finishDigest, previousDigest } from "../models/digest.server";
import { createUnsubscribeToken } from "../models/unsubscribe.server";
import { appUrl } from "../utils/env.server";
import { partsInOslo, todayIso } from "../utils/time";
import { sendMail } from "./mail.server";
import { toMeItems } from "./to-me.server";

/** Digests go out from this hour of the day in Norway (DIGEST_HOUR, default 7), so they arrive in the morning. */
export function digestHour(): number {
  const text = process.env.DIGEST_HOUR;
  const value = text === undefined || text.trim() === "" ? 7 : Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 23 ? value : 7;
}

/** This process, as the claims name it. */
const CLAIMANT = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export const unsubscribeLink = (token: string) => `${appUrl()}/avmeld/${token}`;

export type DigestRunResult = { sent: number; empty: number; failed: number };

type ItemsFor = (userId: number, today: string, now: Date) => ToMeItem[];
export type DigestRunOptions = {
  /** Who claims (tests name their processes). */
  claimant?: string;
  /** What waits on a person; «Til meg» unless a test brings its own. */
  itemsFor?: ItemsFor;
};

/** One pass: every person whose digest is due today and not yet made gets it (or an empty mark, when nothing waits). */
export async function runDigests(now: Date, { claimant = CLAIMANT, itemsFor = toMeItems }: DigestRunOptions = {}): Promise<DigestRunResult> {
  const result: DigestRunResult = { sent: 0, empty: 0, failed: 0 };
  if (Number(partsInOslo(now).hour) < digestHour()) return result;
  const today = todayIso(now);
  for (const person of digestRecipients()) {
    const previous = previousDigest(person.id, today);
    if (!isDigestDue(person.digestFrequency, today, previous?.day ?? null)) continue;
    if (!claimDigest(person.id, today, claimant, now)) continue;
    const outcome = await digestFor(person, today, now, previous?.itemKeys ?? null, itemsFor);
    finishDigest(person.id, today, claimant, { ...outcome, now });
    if (outcome.status === "sendt") result.sent++;
    else if (outcome.status === "tom") result.empty++;
    else result.failed++;
  }
  return result;
}

async function digestFor(person: { id: number; name: string; email: string }, today: string, now: Date, previousKeys: string[] | null, itemsFor: ItemsFor) {
  try {
    const waiting = itemsFor(person.id, today, now);
    const itemKeys = waiting.map((item) => item.key);
    const items = digestItems(waiting, previousKeys);
    if (items.length === 0) return { status: "tom" as const, itemKeys };
    const mail = buildDigestMail({ personName: person.name, items, appUrl: appUrl(), unsubscribeUrl: unsubscribeLink(createUnsubscribeToken(person.id)) });
    const sent = await sendMail({ to: person.email, ...mail });
    return { status: sent.status === "sent" ? ("sendt" as const) : ("feilet" as const), itemKeys };
  } catch (error) {
    console.error(`Påminnelsen til bruker ${person.id} kunne ikke lages: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "feilet" as const, itemKeys: [] };
  }
}

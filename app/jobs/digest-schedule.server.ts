// The scheduled digest run, started in every server process: the claims make that safe, and a process
// that starts (or restarts) runs shortly after, so today's digests that are still missing go out.
import { mailConfigured } from "../services/mail.server";
import { runDigests } from "../services/digest.server";
import { clockIsMoved, clockNow } from "../utils/clock.server";

const FIRST_RUN_DELAY_MS = 2_000;

/** Time between runs (DIGEST_INTERVAL_SECONDS, default 300); 0 turns the digests off (null). */
export function digestIntervalMs(): number | null {
  const text = process.env.DIGEST_INTERVAL_SECONDS;
  const value = text === undefined || text === "" ? 300 : Number(text);
  if (value === 0) return null;
  return (Number.isFinite(value) && value > 0 ? value : 300) * 1000;
}

/** Starts the runs when mail is configured and they are not turned off; returns a function that stops them (or null when not started). */
export function startDigestSchedule(): (() => void) | null {
  const intervalMs = digestIntervalMs();
  if (!mailConfigured() || intervalMs === null) return null;
  if (clockIsMoved()) console.warn(`TRINNVIS_CLOCK_FILE er satt: påminnelsene følger klokken i ${process.env.TRINNVIS_CLOCK_FILE}, ikke den virkelige tiden. Bare for tester.`);
  let running = false;
  const run = async () => {
    if (running) return; // a slow SMTP server: the next run waits for this one
    running = true;
    try {
      await runDigests(clockNow());
    } catch (error) {
      console.error("Påminnelsene kunne ikke sendes:", error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), FIRST_RUN_DELAY_MS);
  const interval = setInterval(() => void run(), intervalMs);
  first.unref();
  interval.unref();
  return () => {
    clearTimeout(first);
    clearInterval(interval);
  };
}

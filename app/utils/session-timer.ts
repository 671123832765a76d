// When the browser should warn that the session is about to end. The server moves a session's
// last-seen time at most once a minute (app/models/session.server.ts), so the browser counts from
// its last request less that minute: it may warn a little early, never late.

/** The server's slack in recording a request. */
export const LAST_SEEN_SLACK_MS = 60 * 1000;
/** How long before the end the warning comes (less for very short idle limits). */
export const WARNING_MS = 2 * 60 * 1000;

export type SessionClock = { lastContactAt: number; idleMs: number; endsAt: number };

/** The moment the session ends: idle limit after the last request, or the absolute end if sooner. */
export function sessionDeadline(clock: SessionClock): number {
  return Math.min(clock.lastContactAt - LAST_SEEN_SLACK_MS + clock.idleMs, clock.endsAt);
}

export type SessionPhase = { phase: "active"; warnIn: number } | { phase: "warning"; endsIn: number; canExtend: boolean } | { phase: "ended" };

export function sessionPhase(clock: SessionClock, now: number): SessionPhase {
  const deadline = sessionDeadline(clock);
  const warning = Math.min(WARNING_MS, clock.idleMs / 3);
  if (now >= deadline) return { phase: "ended" };
  if (now < deadline - warning) return { phase: "active", warnIn: deadline - warning - now };
  // Near the absolute end, staying active does not help.
  return { phase: "warning", endsIn: deadline - now, canExtend: clock.endsAt > deadline };
}

/** "1 minutt og 5 sekunder", "45 sekunder". */
export function durationText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const secondsText = `${rest} ${rest === 1 ? "sekund" : "sekunder"}`;
  if (minutes === 0) return secondsText;
  const minutesText = `${minutes} ${minutes === 1 ? "minutt" : "minutter"}`;
  return rest === 0 ? minutesText : `${minutesText} og ${secondsText}`;
}

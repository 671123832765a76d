export const TILTAK_STATUS_ORDER = ["ide", "planlagt", "utproving", "pa_horing", "standardisert", "evaluert"] as const;
export type TiltakStatus = (typeof TILTAK_STATUS_ORDER)[number];

export type StatusChange = { kind: "same" | "next" | "skip" | "backward"; needsReason: boolean };

/**
 * A tiltak moves one status forward at a time. Moving backwards or skipping a status is allowed,
 * but only with a reason, so the history explains it.
 */
export function classifyStatusChange(from: TiltakStatus, to: TiltakStatus): StatusChange {
  const distance = TILTAK_STATUS_ORDER.indexOf(to) - TILTAK_STATUS_ORDER.indexOf(from);
  if (distance === 0) return { kind: "same", needsReason: false };
  if (distance === 1) return { kind: "next", needsReason: false };
  return { kind: distance > 1 ? "skip" : "backward", needsReason: true };
}

/**
 * A tiltak is stuck when its next evaluation date has passed, or when it has not moved for `days`
 * while still being developed. A standardised tiltak waits for its next evaluation; a stopped one waits for nothing.
 */
export function isStuck(
  tiltak: { status: string; lastChange: string; nextEvaluationDate: string | null; stopped?: boolean },
  asOf: string,
  days = 180,
): boolean {
  if (tiltak.stopped) return false;
  if (tiltak.nextEvaluationDate && tiltak.nextEvaluationDate < asOf) return true;
  if (tiltak.status === "standardisert" || tiltak.status === "evaluert") return false;
  const since = (Date.parse(asOf) - Date.parse(tiltak.lastChange.slice(0, 10))) / 86_400_000;
  return since > days;
}

/** What recording an evaluation does to the status: the first evaluation of a standardised tiltak makes it evaluated. */
export const statusAfterEvaluation = (status: TiltakStatus): TiltakStatus | null => (status === "standardisert" ? "evaluert" : null);

/** A hearing moves a tiltak that is not yet that far to "På høring". */
export const statusAfterHearing = (status: TiltakStatus): TiltakStatus | null =>
  TILTAK_STATUS_ORDER.indexOf(status) < TILTAK_STATUS_ORDER.indexOf("pa_horing") ? "pa_horing" : null;

/**
 * When a tiltak is to be evaluated next: as its latest evaluation decided (none after «avslutte»),
 * or as planned on the tiltak before any evaluation. Evaluations come oldest first, so that of two on
 * one day the one recorded last counts.
 */
export function nextEvaluation(plannedDate: string | null, evaluations: readonly { date: string; decision: string; nextEvaluationDate: string | null }[]) {
  const latest = evaluations.reduce<(typeof evaluations)[number] | null>((last, e) => (!last || e.date >= last.date ? e : last), null);
  if (!latest) return { date: plannedDate, decidedOn: null, stopped: false };
  return { date: latest.nextEvaluationDate, decidedOn: latest.date, stopped: latest.decision === "avslutte" };
}

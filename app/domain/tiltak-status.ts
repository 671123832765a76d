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

/** Tiltak that have not moved for `days` or whose next evaluation date has passed ("stuck"). */
export function isStuck(tiltak: { status: TiltakStatus; lastChange: string; nextEvaluationDate: string | null }, today: string, days = 180): boolean {
  if (tiltak.status === "evaluert") return false;
  if (tiltak.nextEvaluationDate && tiltak.nextEvaluationDate < today) return true;
  const since = (Date.parse(today) - Date.parse(tiltak.lastChange.slice(0, 10))) / 86_400_000;
  return since > days;
}

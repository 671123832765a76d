// Moving through the five steps: which step comes next, and what a decision needs.

export const nextStep = (stepIds: readonly string[], current: string): string | null => {
  const i = stepIds.indexOf(current);
  return i >= 0 && i < stepIds.length - 1 ? stepIds[i + 1] : null;
};

export type StepDecision = "godkjent" | "sendt_tilbake";

/** A request may be decided once; sending it back needs a comment the project leader can act on. */
export function checkStepDecision(review: { status: string }, decision: StepDecision, comment: string): string | null {
  if (review.status !== "venter") return "Forespørselen er allerede avgjort.";
  if (decision === "sendt_tilbake" && !comment.trim()) return "Skriv hva som mangler når du sender tilbake.";
  return null;
}

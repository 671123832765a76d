// Who is responsible: the things in a project that nobody owns, so nobody can be reminded of them.
// Pure; the facts are as they stand today (a tiltak's responsible person and a measure's owner are not dated).

export type GapKind = "tiltak" | "maling" | "vedtak";

export type ResponsibilityGap = { kind: GapKind; title: string; href: string; reason: string };

export type GapInput = {
  projectId: number;
  /** The project's current step (a STEP_ID). */
  currentStep: string;
  /** `stopped`: its latest evaluation decided to end it, so it needs nobody. */
  tiltak: readonly { id: number; title: string; responsiblePerson: string; stopped: boolean }[];
  measures: readonly { id: number; name: string; ownerAfterProject: string; continuesAfterProject: boolean; isIllustrative: boolean }[];
  /** Decisions not done or cancelled. */
  openDecisions: readonly { id: number; text: string; meetingId: number | null; ownerUserId: number | null }[];
};

/** From «Kontrollere» on, every measure needs someone in operations to take it over. */
export const STEPS_WHERE_EVERY_MEASURE_NEEDS_AN_OWNER: readonly string[] = ["kontrollere", "standardisere"];

export const GAP_KIND_TEXT: Record<GapKind, string> = { tiltak: "Tiltak", maling: "Måling", vedtak: "Vedtak" };

const blank = (text: string) => !text.trim();

/** The gaps, tiltak first, then measures, then decisions, each group in the order given. */
export function responsibilityGaps(input: GapInput): ResponsibilityGap[] {
  const base = `/prosjekter/${input.projectId}`;
  const everyMeasure = STEPS_WHERE_EVERY_MEASURE_NEEDS_AN_OWNER.includes(input.currentStep);
  const tiltak = input.tiltak
    .filter((t) => !t.stopped && blank(t.responsiblePerson))
    .map((t): ResponsibilityGap => ({ kind: "tiltak", title: t.title, href: `${base}/tiltak/${t.id}#endre`, reason: "Ingen ansvarlig person" }));
  // As «Klar for drift?» does: illustrative series are not real measures and are never handed over.
  const measures = input.measures
    .filter((m) => !m.isIllustrative && (m.continuesAfterProject || everyMeasure) && blank(m.ownerAfterProject))
    .map((m): ResponsibilityGap => ({ kind: "maling", title: m.name, href: `${base}/malinger/${m.id}/endre`, reason: "Ingen eier etter prosjektet" }));
  const decisions = input.openDecisions
    .filter((d) => d.ownerUserId == null)
    .map(
      (d): ResponsibilityGap => ({
        kind: "vedtak",
        title: d.text,
        href: `${base}/styring${d.meetingId ? `/moter/${d.meetingId}` : ""}#vedtak-${d.id}`,
        reason: "Ingen ansvarlig med konto i Trinnvis, så ingen kan minnes på vedtaket",
      }),
    );
  return [...tiltak, ...measures, ...decisions];
}

// Apart from the schemas, so that a page can show a stored measure in the form without bundling zod.

/** The form's values for a stored measure: its fields only, not its points (Conform walks all it gets). */
export function measureFormValues(m: {
  name: string; kind: string; definition: string; numeratorText: string; denominatorText: string; unit: string; direction: string;
  target: number | null; targetDate: string | null; dataSource: string; frequency: string; ownerAfterProject: string;
  continuesAfterProject: boolean; continuesSince: string | null; chartType: string; multiplier: number; goalIds: number[]; tiltakIds: number[];
}) {
  return {
    name: m.name,
    kind: m.kind,
    definition: m.definition,
    numeratorText: m.numeratorText,
    denominatorText: m.denominatorText,
    unit: m.unit,
    direction: m.direction,
    dataSource: m.dataSource,
    frequency: m.frequency,
    ownerAfterProject: m.ownerAfterProject,
    chartType: m.chartType,
    target: m.target == null ? "" : String(m.target).replace(".", ","),
    targetDate: m.targetDate ?? "",
    multiplier: String(m.multiplier).replace(".", ","),
    continuesAfterProject: m.continuesAfterProject ? "on" : "",
    continuesSince: m.continuesSince ?? "",
    goalIds: m.goalIds.map(String),
    tiltakIds: m.tiltakIds.map(String),
  };
}

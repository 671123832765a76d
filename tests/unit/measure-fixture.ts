// A measure's form values for tests: a plain count with nothing filled in but what the test names.
import type { MeasureValues } from "../../app/models/measure.server";

export function measureValues(values: Partial<MeasureValues> & Pick<MeasureValues, "name">): MeasureValues {
  return {
    kind: "antall",
    definition: "",
    numeratorText: "",
    denominatorText: "",
    unit: "",
    direction: "hoyere_er_bedre",
    target: null,
    targetDate: null,
    dataSource: "",
    frequency: "Daglig",
    ownerAfterProject: "",
    continuesAfterProject: false,
    chartType: "run",
    multiplier: 1,
    goalIds: [],
    tiltakIds: [],
    ...values,
  };
}

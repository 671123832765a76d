// The shape of an instrument and a round as the round page receives them from its loader.
export type InstrumentView = {
  id: string;
  name: string;
  source: string;
  scaleNote: string;
  weightsNote: string;
  asksHow: boolean;
  scale: { key: string; label: string; score: number }[];
  areas: { id: string; name: string; factors: { id: string; name: string; levels: Record<string, string> }[] }[];
};

export const itemsOf = (instrument: InstrumentView) => instrument.areas.flatMap((a) => a.factors);

export const shapeOf = (instrument: InstrumentView) => ({
  itemIds: itemsOf(instrument).map((f) => f.id),
  scaleKeys: instrument.scale.map((s) => s.key),
});

/** "b" with its statement for the sustainability model; the label itself for a plain scale. */
export function answerLabel(instrument: InstrumentView, itemId: string, level: string | null | undefined) {
  if (!level) return "Ikke besvart";
  const step = instrument.scale.find((s) => s.key === level);
  const statement = itemsOf(instrument).find((f) => f.id === itemId)?.levels[level];
  return statement ? `${step?.label ?? level}: ${statement}` : (step?.label ?? level);
}

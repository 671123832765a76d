// The two audit instruments from content/, in one shape: areas of items, each answered on a scale.
import { LEVEL_SCALE, type ScaleStep, type Weights } from "../domain/sustainability";
import { getContent } from "./content.server";

export const INSTRUMENT_IDS = ["baerekraftsmodell", "powell"] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export type ScoringInstrument = {
  id: InstrumentId;
  version: number;
  name: string;
  source: string;
  /** The parts of `source` that are English titles or names. */
  sourceInEnglish: string[];
  scale: ScaleStep[];
  scaleNote: string;
  weights: Weights | null;
  weightsNote: string;
  /** Powell's questions ask "and how?": a free-text answer beside the choice. */
  asksHow: boolean;
  areas: { id: string; name: string; factors: { id: string; name: string; levels: Record<string, string> }[] }[];
};

export function getInstrument(id: string): ScoringInstrument | null {
  const content = getContent();
  if (id === "baerekraftsmodell") {
    const model = content.sustainabilityModel;
    return {
      id,
      version: model.version,
      name: model.name,
      source: model.source,
      sourceInEnglish: model.sourceInEnglish,
      scale: LEVEL_SCALE,
      scaleNote: "Nivå a er den sterkeste beskrivelsen, d den svakeste.",
      weights: model.weights,
      weightsNote: model.weightsNote ?? "",
      asksHow: false,
      areas: model.areas.map((area) => ({ id: area.id, name: area.name, factors: area.factors.map((f) => ({ id: f.id, name: f.name, levels: f.levels })) })),
    };
  }
  if (id === "powell") {
    const transition = content.transition;
    return {
      id,
      version: transition.version,
      name: transition.name,
      source: transition.source,
      sourceInEnglish: transition.sourceInEnglish,
      scale: transition.answerScale,
      scaleNote: transition.answerScaleNote ?? "",
      weights: null,
      weightsNote: "",
      asksHow: true,
      areas: transition.conditions.map((c) => ({
        id: c.id,
        name: `${c.number}. ${c.name}`,
        factors: c.questions.map((q) => ({ id: q.id, name: q.text, levels: {} })),
      })),
    };
  }
  return null;
}

export const listInstruments = () => INSTRUMENT_IDS.map((id) => getInstrument(id) as ScoringInstrument);

export const instrumentItems = (instrument: ScoringInstrument) => instrument.areas.flatMap((a) => a.factors);

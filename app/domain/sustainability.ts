// Scoring of a sustainability round: answers side by side, disagreement, profile and movement.

export const LEVELS = ["a", "b", "c", "d"] as const;
export type Level = (typeof LEVELS)[number];

/** Level a is the strongest statement (4), d the weakest (1). */
export const levelScore = (level: string | null | undefined): number | null =>
  level === "a" ? 4 : level === "b" ? 3 : level === "c" ? 2 : level === "d" ? 1 : null;

export type Instrument = { areas: { id: string; name: string; factors: { id: string; name: string }[] }[] };
export type Answer = { userId: number; itemId: string; level: string | null };

export type FactorResult = {
  id: string;
  name: string;
  areaId: string;
  scores: number[];
  mean: number | null;
  spread: number;
  /** Raters chose levels two or more steps apart: talk about it before the advisor signs off. */
  disagreement: "none" | "some" | "strong";
  change: number | null;
};

export type RoundProfile = {
  factors: FactorResult[];
  areas: { id: string; name: string; mean: number | null }[];
  weakest: FactorResult[];
};

const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * The profile of a round: per factor the raters' scores, their mean and spread, how far apart they
 * are, and the change in mean since the previous round; per area the mean of its factors; and the
 * weakest factors (lowest mean, ties kept).
 */
export function profileRound(instrument: Instrument, answers: Answer[], previous: Answer[] | null): RoundProfile {
  const meanFor = (list: Answer[], itemId: string) =>
    average(list.filter((a) => a.itemId === itemId).map((a) => levelScore(a.level)).filter((s): s is number => s !== null));
  const factors = instrument.areas.flatMap((area) =>
    area.factors.map((factor): FactorResult => {
      const scores = answers.filter((a) => a.itemId === factor.id).map((a) => levelScore(a.level)).filter((s): s is number => s !== null);
      const spread = scores.length ? Math.max(...scores) - Math.min(...scores) : 0;
      const mean = average(scores);
      const before = previous ? meanFor(previous, factor.id) : null;
      return {
        id: factor.id,
        name: factor.name,
        areaId: area.id,
        scores,
        mean,
        spread,
        disagreement: spread >= 2 ? "strong" : spread === 1 ? "some" : "none",
        change: mean !== null && before !== null ? mean - before : null,
      };
    }),
  );
  const areas = instrument.areas.map((area) => ({
    id: area.id,
    name: area.name,
    mean: average(factors.filter((f) => f.areaId === area.id && f.mean !== null).map((f) => f.mean as number)),
  }));
  const scored = factors.filter((f) => f.mean !== null);
  const lowest = scored.length ? Math.min(...scored.map((f) => f.mean as number)) : null;
  return { factors, areas, weakest: lowest === null ? [] : scored.filter((f) => f.mean === lowest) };
}

/** Whether a user may see the other raters' answers: after submitting their own, or once the round is signed. */
export function mayViewAnswers(round: { status: string }, viewer: { isRater: boolean; hasSubmitted: boolean }): boolean {
  return round.status === "signert" || (viewer.isRater && viewer.hasSubmitted);
}

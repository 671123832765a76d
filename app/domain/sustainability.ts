// Scoring of a sustainability round: answers side by side, disagreement, profile and movement.

export type ScaleStep = { key: string; label: string; score: number };

/** The sustainability model's levels: a is the strongest statement (4), d the weakest (1). */
export const LEVEL_SCALE: ScaleStep[] = [
  { key: "a", label: "a", score: 4 },
  { key: "b", label: "b", score: 3 },
  { key: "c", label: "c", score: 2 },
  { key: "d", label: "d", score: 1 },
];

export type Instrument = {
  scale: ScaleStep[];
  areas: { id: string; name: string; factors: { id: string; name: string }[] }[];
};
export type Answer = { userId: number; itemId: string; level: string | null };

export const scoreOf = (scale: ScaleStep[], level: string | null | undefined): number | null =>
  scale.find((step) => step.key === level)?.score ?? null;

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
  const scoresFor = (list: Answer[], itemId: string) =>
    list
      .filter((a) => a.itemId === itemId)
      .map((a) => scoreOf(instrument.scale, a.level))
      .filter((s): s is number => s !== null);
  const factors = instrument.areas.flatMap((area) =>
    area.factors.map((factor): FactorResult => {
      const scores = scoresFor(answers, factor.id);
      const spread = scores.length ? Math.max(...scores) - Math.min(...scores) : 0;
      const mean = average(scores);
      const before = previous ? average(scoresFor(previous, factor.id)) : null;
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

export type Weights = { source: string; byFactor: Record<string, Record<string, number>> };

/**
 * The weighted total, only for an instrument whose file defines weights and names their source:
 * each rater's sum of the weights of the levels they chose, averaged over raters who answered every
 * weighted factor. Otherwise null, and the result is the profile alone.
 */
export function weightedTotal(weights: Weights | null, answers: Answer[]): number | null {
  if (!weights || !weights.source.trim()) return null;
  const factorIds = Object.keys(weights.byFactor);
  const totals = [...new Set(answers.map((a) => a.userId))].flatMap((userId) => {
    const points = factorIds.map((id) => {
      const level = answers.find((a) => a.userId === userId && a.itemId === id)?.level;
      return level ? weights.byFactor[id][level] : undefined;
    });
    return points.every((p) => p !== undefined) ? [points.reduce((sum: number, p) => sum + (p as number), 0)] : [];
  });
  return average(totals);
}

/**
 * Whether a user may see the raters' answers: a rater after submitting their own; the advisor, who
 * reviews them, when not rating; everyone once the round is signed.
 */
export function mayViewAnswers(round: { status: string }, viewer: { isRater: boolean; hasSubmitted: boolean; isAdvisor: boolean }): boolean {
  if (round.status === "signert") return true;
  return viewer.isRater ? viewer.hasSubmitted : viewer.isAdvisor;
}

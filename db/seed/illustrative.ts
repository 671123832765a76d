// Generated (not sourced) demo series. Deterministic, so every fresh database shows the same chart.
import { addMonths, format, parseISO } from "date-fns";

/** Park–Miller generator: small, deterministic, good enough for demo noise. */
function random(seed: number) {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

/** Poisson-like monthly counts around a baseline, rising by `lift` after month `afterMonth`. */
export function illustrativeMonthlyCounts(options: {
  start: string;
  months: number;
  baseline: number;
  afterMonth: number;
  lift: number;
  seed: number;
}) {
  const next = random(options.seed);
  const first = parseISO(options.start);
  return Array.from({ length: options.months }, (_, i) => {
    const mean = options.baseline + (i >= options.afterMonth ? options.lift : 0);
    const value = Math.max(0, Math.round(mean + (next() + next() + next() - 1.5) * Math.sqrt(mean) * 1.2));
    return { date: format(addMonths(first, i), "yyyy-MM-dd"), value };
  });
}

/** Monthly proportions with a step change, as numerator/denominator pairs. */
export function illustrativeMonthlyProportions(options: {
  start: string;
  months: number;
  denominator: number;
  before: number;
  after: number;
  afterMonth: number;
  seed: number;
}) {
  const next = random(options.seed);
  const first = parseISO(options.start);
  return Array.from({ length: options.months }, (_, i) => {
    const denominator = Math.round(options.denominator * (0.85 + next() * 0.3));
    const p = i >= options.afterMonth ? options.after : options.before;
    const numerator = Math.min(denominator, Math.max(0, Math.round(denominator * (p + (next() - 0.5) * 0.12))));
    return { date: format(addMonths(first, i), "yyyy-MM-dd"), numerator, denominator };
  });
}

/** Monthly measurements (days, minutes) around one level, then another from month `afterMonth`, rounded to whole numbers. */
export function illustrativeMonthlyValues(options: { start: string; months: number; before: number; after: number; afterMonth: number; spread: number; seed: number }) {
  const next = random(options.seed);
  const first = parseISO(options.start);
  return Array.from({ length: options.months }, (_, i) => {
    const level = i >= options.afterMonth ? options.after : options.before;
    return { date: format(addMonths(first, i), "yyyy-MM-dd"), value: Math.max(0, Math.round(level + (next() + next() + next() - 1.5) * options.spread)) };
  });
}

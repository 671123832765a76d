// Small numeric helpers with R's semantics where the references depend on them.

export const isNumber = (v: number | null | undefined): v is number => v != null && !Number.isNaN(v);

/** The number, or null where R would have NA, NaN or ±Inf. */
export const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

export function mean(values: (number | null)[]): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (isNumber(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}

export function sum(values: (number | null)[]): number {
  let total = 0;
  for (const v of values) if (isNumber(v)) total += v;
  return total;
}

/** R's median: the mean of the two middle values for an even count; NaN when empty. */
export function median(values: (number | null)[]): number {
  const sorted = values.filter(isNumber).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Sample standard deviation (n − 1), NaN for fewer than two values. */
export function sd(values: number[]): number {
  if (values.length < 2) return NaN;
  const m = mean(values);
  return Math.sqrt(values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1));
}

/** |yᵢ − yᵢ₋₁| for consecutive values; a missing value gives a missing range on both sides. */
export function movingRanges(values: (number | null)[]): (number | null)[] {
  const ranges: (number | null)[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1];
    const b = values[i];
    ranges.push(isNumber(a) && isNumber(b) ? Math.abs(b - a) : null);
  }
  return ranges;
}

/** Mean moving range; with screening (Nelson 1982) ranges ≥ 3.267 × the mean are dropped once. */
export function meanMovingRange(ranges: (number | null)[], screened: boolean): number {
  const first = mean(ranges);
  if (!screened) return first;
  return mean(ranges.filter((r): r is number => isNumber(r) && r < 3.267 * first));
}

/** log Γ(x) for x > 0 (Lanczos, g = 7), accurate to about 15 digits. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The bias-correction constant c4(n) = √(2/(n−1)) · Γ(n/2) / Γ((n−1)/2), exactly. */
export function c4(n: number): number {
  return Math.sqrt(2 / (n - 1)) * Math.exp(logGamma(n / 2) - logGamma((n - 1) / 2));
}

// A long series thinned for drawing: a chart a few hundred pixels wide cannot show 200 000 points,
// and sending them all makes the page as large as the data. Keeps the first and the last point,
// every point the caller must keep (signals, phase and baseline changes, markers), and the lowest and
// the highest point of each of evenly sized buckets in between, so the shape and the extremes stay.
// Pure; the analysis runs on every point before this.

export type ThinOptions<T> = {
  /** The most points to return (unless more than that must be kept). */
  max: number;
  /** The value drawn, for the lowest and highest of each bucket; null for a gap. */
  value: (row: T, index: number) => number | null;
  /** Points that must stay whatever the length: never dropped, and not counted against buckets. */
  keep?: (row: T, index: number) => boolean;
};

/** The default bound on points drawn on a measure's chart. */
export const MAX_DRAWN_POINTS = 1500;

/**
 * The rows to draw, in their order. A series of at most `max` rows is returned as it is. A longer one
 * gives at most `max` rows — or, when more than `max` rows must be kept, exactly those.
 */
export function thinSeries<T>(rows: readonly T[], { max, value, keep }: ThinOptions<T>): readonly T[] {
  const n = rows.length;
  if (n <= max) return rows;
  const kept = new Uint8Array(n);
  kept[0] = 1;
  kept[n - 1] = 1;
  let mandatory = n > 1 ? 2 : 1;
  if (keep) {
    for (let i = 1; i < n - 1; i++) {
      if (keep(rows[i], i)) {
        kept[i] = 1;
        mandatory++;
      }
    }
  }
  // Each bucket gives its lowest and its highest point: two rows at most.
  const buckets = Math.max(0, Math.floor((max - mandatory) / 2));
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * n) / buckets);
    const end = Math.floor(((b + 1) * n) / buckets);
    let low = -1;
    let high = -1;
    let lowValue = Infinity;
    let highValue = -Infinity;
    for (let i = start; i < end; i++) {
      const v = value(rows[i], i);
      if (v == null || !Number.isFinite(v)) continue;
      if (v < lowValue) {
        lowValue = v;
        low = i;
      }
      if (v > highValue) {
        highValue = v;
        high = i;
      }
    }
    if (low >= 0) kept[low] = 1;
    if (high >= 0) kept[high] = 1;
  }
  const out: T[] = [];
  for (let i = 0; i < n; i++) if (kept[i]) out.push(rows[i]);
  return out;
}

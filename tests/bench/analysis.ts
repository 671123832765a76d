// npm run bench: times the chart analysis on long series and shows that it grows linearly.
import { analyseChart, makingDataCount, type ChartType } from "../../app/domain/spc";

function series(n: number) {
  let state = 42;
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  const x = Array.from({ length: n }, (_, i) => i + 1);
  const y = Array.from({ length: n }, () => Math.round(50 + (random() + random() + random() - 1.5) * 20));
  const denominators = Array.from({ length: n }, () => 100);
  return { x, y, n: denominators };
}

function time(label: string, run: () => unknown, repeats = 3): number {
  run();
  const started = performance.now();
  for (let i = 0; i < repeats; i++) run();
  const ms = (performance.now() - started) / repeats;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

console.log("Analyse av måleserier (gjennomsnitt av 3 kjøringer)\n");
const sizes = [10_000, 100_000, 1_000_000];
for (const chart of ["run", "i", "p"] as ChartType[]) {
  const times = sizes.map((size) => {
    const data = series(size);
    return time(`${chart}-diagram, ${size.toLocaleString("nb-NO")} punkter`, () =>
      analyseChart({ chart, x: data.x, y: data.y, n: chart === "p" ? data.y.map((v) => Math.min(v, 100)).map(() => 100) : null }),
    );
  });
  console.log(`  vekst 100k → 1M: ${(times[2] / times[1]).toFixed(1)} × (lineært ≈ 10 ×)\n`);
}
const big = series(100_000);
const dates = big.x.map((i) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
time("Making Data Count (XmR), 100 000 punkter", () => makingDataCount(dates, big.y, { improvementDirection: "increase" }));

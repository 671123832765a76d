// npm run screenshots: three demo charts as the server draws them (the page without JavaScript, the
// print view and the Word file), written to docs/charts/ for the README. Uses a fresh demo database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const CHARTS = [
  { file: "i-diagram-med-forskyvning.png", project: "Pakkeforløp", measure: "Dager fra henvisning" },
  { file: "p-diagram-med-faser-og-frys.png", project: "Pakkeforløp", measure: "Andel pasienter i forløp" },
  { file: "seriediagram-med-punkter-holdt-utenfor.png", project: "Helt", measure: "Selvhjelpsplaner" },
];

async function main() {
  process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-charts-")), "demo.db");
  const { getDb } = await import("../../db/client.server");
  const { seedDemoDataIfEmpty } = await import("../../db/seed/seed.server");
  const schema = await import("../../db/schema");
  const { analysedMeasure } = await import("../../app/services/measure-page.server");
  const { chartSvg } = await import("../../app/domain/chart-svg");
  await seedDemoDataIfEmpty(getDb());
  const projects = getDb().select().from(schema.projects).all();
  const measures = getDb().select().from(schema.measures).all();
  const out = path.resolve("docs", "charts");
  fs.mkdirSync(out, { recursive: true });
  for (const chart of CHARTS) {
    const project = projects.find((p) => p.name.includes(chart.project));
    const measure = measures.find((m) => m.projectId === project?.id && m.name.startsWith(chart.measure));
    if (!project || !measure) throw new Error(`Fant ikke «${chart.measure}» i «${chart.project}».`);
    const analysis = analysedMeasure(project.id, measure.id, "anhoej")?.analysis;
    if (!analysis) throw new Error(`«${measure.name}» har ingen data.`);
    const svg = chartSvg(analysis.model, { title: measure.name, width: 800, height: 340 });
    const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" }, fitTo: { mode: "zoom", value: 1.5 } }).render().asPng();
    fs.writeFileSync(path.join(out, chart.file), png);
    console.log(`docs/charts/${chart.file}: ${measure.name}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

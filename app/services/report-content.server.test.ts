import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { chartBlockModel, unanswerableCriteria, type Block, type ReportContent } from "../domain/report";
import { addGoalStatus, listGoals } from "../models/goal.server";
import { createReport, getReport, getSentVersion, markSent, openNewVersion, saveNarrative } from "../models/report.server";
import { getUserByEmail } from "../models/user.server";
import { buildReportContent } from "./report-content.server";
import { reportDocx, TABLE_WIDTH } from "./report-docx.server";

const HELT = 1;
let leader: number;
let demo: ReportContent;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  leader = getUserByEmail("prosjektleder@trinnvis.test")!.id;
  // The project's period up to the advisor's status report.
  demo = buildReportContent(HELT, { title: "Statusrapport 2009–2012", periodStart: "2009-10-01", periodEnd: "2012-12-31", narrative: {} });
});

const stepRows = (content: ReportContent, stepId: string) => {
  const block = content.sections.find((s) => s.key === `steg-${stepId}`)!.blocks[0];
  return block.kind === "table" ? block.rows : [];
};

describe("the demo project's report for 2009–2012", () => {
  it("lists the activities under the same steps and themes as the seed report's Resultat chapter", () => {
    expect(stepRows(demo, "forberedelse")).toEqual(
      expect.arrayContaining([
        ["Forankre og organisere forbedringsarbeidet", "Besøksrunde til alle de 16 kommunene", "01.03.2011–15.06.2011", "Besøksrunde"],
        expect.arrayContaining(["Klargjøre kunnskapsgrunnlaget", "Litteraturgjennomgang av nasjonale og lokale rapporter"]),
        ["Erkjenne behovet for forbedring", expect.stringContaining("Forarbeid før prosjektstart (se bakgrunnen): Arbeidsutvalg på tvers av nivåene etablert"), "", ""],
      ]),
    );
    expect(stepRows(demo, "planlegge")).toEqual(expect.arrayContaining([expect.arrayContaining(["Utvikle måleverktøy og velge indikatorer", "Drøfting av måleverktøy"])]));
    expect(stepRows(demo, "utfore").map((r) => r[1])).toEqual(["Utprøving av selvhjelpsplan og utfyllende henvisning", "Opplæringsprogram for koordinatorer startet som pilot i Ytre Namdal"]);
    expect(stepRows(demo, "standardisere")).toEqual(expect.arrayContaining([["Spre forbedringene", "Ingen aktiviteter registrert", "", ""]]));
    const inPeriod = (r: string[]) => r[1] !== "Ingen aktiviteter registrert" && !r[1].startsWith("Forarbeid");
    const total = ["forberedelse", "planlegge", "utfore", "standardisere"].reduce((sum, id) => sum + stepRows(demo, id).filter(inPeriod).length, 0);
    expect(total).toBe(26);
  });

  it("shows what led up to the project with its background", () => {
    const background = demo.sections.find((s) => s.key === "bakgrunn")!.blocks;
    expect(background).toContainEqual({
      kind: "table",
      caption: "Forarbeid før prosjektstart",
      headers: ["Aktivitet", "Når", "Type"],
      rows: [
        ["Arbeidsutvalg på tvers av nivåene etablert", "01.03.2009", expect.any(String)],
        ["Søknad om prosjektmidler til Helsedirektoratet", "15.06.2009", expect.any(String)],
      ],
    });
  });

  it("contains nothing dated after the period, apart from the project's period and plans (evaluation dates, deadlines in comments)", () => {
    const dates = demo.sections.flatMap((s) =>
      s.blocks.flatMap((b) => {
        if (b.kind === "paragraph" || b.kind === "missing") return [b.text];
        if (b.kind === "list") return b.items;
        if (b.kind === "verdict") return b.sentences;
        if (b.kind === "chart") return chartBlockModel(b).points.flatMap((p) => [p.x]).concat(chartBlockModel(b).markers.map((m) => m.x));
        const plans = [b.headers.indexOf("Neste evaluering"), b.headers.indexOf("Kommentar")];
        return b.rows.filter((r) => r[0] !== "Prosjektperiode").flatMap((r) => r.filter((_, i) => !plans.includes(i)));
      }),
    );
    const iso = dates.flatMap((text) => [...text.matchAll(/(\d{2})\.(\d{2})\.(\d{4})/g)].map(([, d, m, y]) => `${y}-${m}-${d}`).concat(/^\d{4}-\d{2}-\d{2}$/.test(text) ? [text] : []));
    expect(iso.length).toBeGreaterThan(20);
    expect(iso.filter((d) => d > "2012-12-31")).toEqual([]);
  });

  it("reaches the advisor's headline findings from the data, and credits what the advisor credits", () => {
    const drift = demo.sections.find((s) => s.key === "drift")!.blocks;
    expect(drift).toContainEqual({ kind: "paragraph", text: "«Klar for drift?» per 31.12.2012: Ikke klar for drift." });
    expect(drift).toContainEqual({ kind: "missing", text: "Ingen bærekraftsrevisjon var signert per 31.12.2012." });
    const todo = drift.flatMap((b) => (b.kind === "list" ? b.items : []));
    expect(todo).toEqual(
      expect.arrayContaining([
        "Bestem hvordan hovedmålet og delmålene skal måles, og start målingene.",
        "Velg måleverktøy og hvem i driften som skal eie målingene.",
        "Gjør ferdig de prioriterte tiltakene, blant dem forløpet selv, og få dem standardisert.",
        "Ta brukerne med når forløpet beskrives og når det velges hva som skal måles, og la dem vurdere arbeidet.",
        "Bekreft forankringen hos ledere på alle nivåer, og få målene inn i organisasjonenes egne planer.",
      ]),
    );
    expect(todo.join(" ")).not.toMatch(/samarbeidsavtal|brukerrepresentant|høring/i);
  });

  it("states the empty Kontrollere step", () => {
    expect(demo.sections.find((s) => s.key === "steg-kontrollere")!.blocks).toEqual([{ kind: "missing", text: "Ingen aktiviteter er registrert i steget Kontrollere i perioden." }]);
  });

  it("states, like the seed, that the criteria needing the finished, evaluated model cannot yet be answered", () => {
    expect(unanswerableCriteria(demo)).toEqual([
      "1. Kort beskrivelse av samhandlingsmodellen og dens overføringsverdi",
      "2. Hvordan tilskuddet har gjort tjenestene bedre for målgruppen",
      "3. Brukernes erfaringer med modellen målt mot målene",
      "6. Hvordan modellen har fått samarbeidsavtalen til å virke bedre i praksis",
    ]);
  });
});

describe("reports for earlier periods", () => {
  it("take, of two goal statuses on the same day, the one recorded last", () => {
    const goal = listGoals(HELT).find((g) => g.kind === "delmal" && g.number === 3)!;
    addGoalStatus({ projectId: HELT, goalId: goal.id, userId: leader, date: "2012-06-01", status: "pagar", comment: "Først", reason: "" });
    addGoalStatus({ projectId: HELT, goalId: goal.id, userId: leader, date: "2012-06-01", status: "delvis_nadd", comment: "Rettet samme dag", reason: "" });
    const report = buildReportContent(HELT, { title: "2012", periodStart: "2012-01-01", periodEnd: "2012-12-31", narrative: {} });
    const goals = report.sections.find((s) => s.key === "mal")!.blocks[0] as { rows: string[][] };
    expect(goals.rows.find((r) => r[0].startsWith("Delmål 3"))!.slice(1)).toEqual(["Delvis nådd", "01.06.2012", "Rettet samme dag"]);
  });

  it("show tiltak, goals, people and the signature as they stood at the end of the period", () => {
    const early = buildReportContent(HELT, { title: "Forprosjektet", periodStart: "2009-10-01", periodEnd: "2010-06-30", narrative: {} });
    const table = (key: string) => early.sections.find((s) => s.key === key)!.blocks.find((b) => b.kind === "table") as Extract<ReportContent["sections"][number]["blocks"][number], { kind: "table" }> | undefined;
    expect(early.sections.find((s) => s.key === "tiltak")!.blocks).toEqual([{ kind: "missing", text: "Ingen tiltak var registrert ved periodens slutt." }]);
    expect(table("mal")!.rows.find((r) => r[0].startsWith("Hovedmål"))![1]).toBe("Ingen status");
    const people = early.sections.find((s) => s.key === "bakgrunn")!.blocks.find((b) => b.kind === "table" && b.caption === "Personer i prosjektet");
    expect(JSON.stringify(people)).not.toContain("Siri Moe");
    expect(JSON.stringify(early)).not.toContain("28.01.2013");

    const year2012 = buildReportContent(HELT, { title: "2012", periodStart: "2012-01-01", periodEnd: "2012-12-31", narrative: {} });
    const statuses = Object.fromEntries((year2012.sections.find((s) => s.key === "tiltak")!.blocks[0] as { rows: string[][] }).rows.map((r) => [r[0], r[2]]));
    expect(statuses["Selvhjelpsplan / kriseplan"]).toBe("Standardisert");
    expect(statuses["Felles opplæringsprogram for koordinatorer"]).toBe("Utprøving");
  });
});

describe("sending a report freezes it", () => {
  it("keeps each sent version as it was, refuses edits until a new version is opened, and numbers the versions", () => {
    const report = createReport({ projectId: HELT, userId: leader, title: "Rapport 2012", periodStart: "2012-01-01", periodEnd: "2012-12-31" });
    expect(saveNarrative({ projectId: HELT, reportId: report.id, userId: leader, version: 1, texts: { sammendrag: "Første tekst" } })).toEqual({ status: "saved" });
    expect(saveNarrative({ projectId: HELT, reportId: report.id, userId: leader, version: 1, texts: { sammendrag: "Utdatert" } })).toEqual({ status: "conflict", version: 2 });
    const first = buildReportContent(HELT, getReport(HELT, report.id)!);
    expect(markSent({ projectId: HELT, reportId: report.id, userId: leader, version: 2, content: first })).toEqual({ status: "saved" });

    expect(saveNarrative({ projectId: HELT, reportId: report.id, userId: leader, version: 3, texts: { sammendrag: "Endret etter sending" } })).toEqual({ status: "frozen" });
    expect(() => getDbHandle().sqlite.prepare("UPDATE report_versions SET content_json = '{}' WHERE report_id = ?").run(report.id)).toThrow(/frozen/);

    expect(openNewVersion({ projectId: HELT, reportId: report.id, userId: leader })).toEqual({ status: "saved" });
    expect(saveNarrative({ projectId: HELT, reportId: report.id, userId: leader, version: 4, texts: { sammendrag: "Andre tekst" } })).toEqual({ status: "saved" });
    const second = buildReportContent(HELT, getReport(HELT, report.id)!);
    expect(markSent({ projectId: HELT, reportId: report.id, userId: leader, version: 5, content: second })).toEqual({ status: "saved" });

    const summary = (n: number) => getSentVersion(HELT, report.id, n)!.content.sections.find((s) => s.key === "sammendrag")!.narrative;
    expect([summary(1), summary(2)]).toEqual(["Første tekst", "Andre tekst"]);
    expect(getReport(HELT, report.id)!.versions.map((v) => v.versionNumber)).toEqual([2, 1]);
    expect(getSentVersion(2, report.id, 1)).toBeNull();
  });
});

describe("the Word file", () => {
  it("opens as a zip whose document has the report's headings, tables and chart images", async () => {
    const zip = await JSZip.loadAsync(await reportDocx(demo));
    const xml = await zip.file("word/document.xml")!.async("string");
    for (const heading of ["Resultat: arbeidet i de fem stegene", "1. Forberedelse", "Kriteriene for måloppnåelse", "Besøksrunde til alle de 16 kommunene"]) expect(xml).toContain(heading);
    expect(xml).toContain("Heading1");
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThan(5);
    expect(xml).toContain("Ingen aktiviteter er registrert i steget Kontrollere i perioden.");
    const images = Object.keys(zip.files).filter((name) => name.startsWith("word/media/") && name.endsWith(".png"));
    expect(images.length).toBeGreaterThan(0);
    const png = await zip.file(images[0])!.async("uint8array");
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  });

  it("fits each table's columns to its words: fixed layout across the page, no word broken inside", async () => {
    const zip = await JSZip.loadAsync(await reportDocx(demo));
    const xml = await zip.file("word/document.xml")!.async("string");
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tables.length).toBeGreaterThan(5);
    let checkedDialog = false;
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(widths.reduce((a, b) => a + b, 0)).toBe(TABLE_WIDTH);
      for (const row of table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []) {
        (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).forEach((tc, i) => {
          const text = [...tc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
          // 10 pt Calibri averages under 95 twips a character; the cell keeps 2 × 115 free.
          for (const word of text.split(/\s+/).filter(Boolean)) expect(widths[i], `«${word}»`).toBeGreaterThanOrEqual([...word].length * 95 + 230);
          if (/dialogkonferanse/i.test(text)) checkedDialog = true;
        });
      }
    }
    expect(checkedDialog).toBe(true);
  });

  it("is in Norwegian bokmål, and each of its images has an id of its own", async () => {
    // The demo's chart, and a chart block as a report sent before charts carried a model froze it.
    const frozen: Block = { kind: "chart", title: "Frosset", unit: "%", series: [{ x: "2011-01-31", y: 40, cl: 45, lcl: null, ucl: null, signal: false }, { x: "2011-02-28", y: 50, cl: 45, lcl: null, ucl: null, signal: true }] };
    const withTwo = { ...demo, sections: [...demo.sections, { key: "frosset", heading: "Frosset", level: 2 as const, narrativeKey: null, narrative: "", blocks: [frozen] }] };
    const zip = await JSZip.loadAsync(await reportDocx(withTwo));
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:lang w:val="nb-NO"/);
    const xml = await zip.file("word/document.xml")!.async("string");
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("draws each chart at its own aspect, and puts a measure with one point in a table row", async () => {
    const charts = demo.sections.flatMap((s) => s.blocks).filter((b) => b.kind === "chart");
    const single = demo.sections.flatMap((s) => s.blocks).find((b) => b.kind === "table" && b.caption === "Målinger med ett punkt");
    expect(charts.length + (single && single.kind === "table" ? single.rows.length : 0)).toBeGreaterThan(1);
    const xml = await (await JSZip.loadAsync(await reportDocx(demo))).file("word/document.xml")!.async("string");
    const images = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"[\s\S]*?<wp:docPr [^>]*name="([^"]*)"/g)].map((m) => ({ ratio: Number(m[1]) / Number(m[2]), name: m[3] }));
    const icons = demo.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === "verdict" ? [b.variation, b.assurance].filter(Boolean) : []));
    expect(icons.length).toBeGreaterThan(0);
    expect(images).toHaveLength(charts.length + icons.length);
    const chartImages = images.filter((image) => charts.some((c) => c.kind === "chart" && c.title === image.name));
    expect(chartImages).toHaveLength(charts.length);
    // Taller than the old fixed 640 × 280, because the legend and the key are inside the picture.
    for (const { ratio } of chartImages) expect(ratio).toBeLessThan(640 / 280);
    // The icons are square, and named by their meaning.
    for (const image of images.filter((image) => !chartImages.includes(image))) {
      expect(image.ratio).toBe(1);
      expect(image.name).toMatch(/^(Vanlig variasjon|Spesiell variasjon|Måloppnåelse)/);
    }
  });
});

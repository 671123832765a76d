import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { unanswerableCriteria, type ReportContent } from "../domain/report";
import { buildReportContent } from "../services/report-content.server";
import { reportDocx } from "../services/report-docx.server";
import { createReport, getReport, getSentVersion, markSent, openNewVersion, saveNarrative } from "./report.server";
import { getUserByEmail } from "./user.server";

const HELT = 1;
let leader: number;
let demo: ReportContent;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  leader = getUserByEmail("prosjektleder@trinnvis.test")!.id;
  demo = buildReportContent(HELT, { title: "Statusrapport 2009–2012", periodStart: "2009-01-01", periodEnd: "2012-12-31", narrative: {} });
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
        expect.arrayContaining(["Erkjenne behovet for forbedring", "Søknad om prosjektmidler til Helsedirektoratet"]),
      ]),
    );
    expect(stepRows(demo, "planlegge")).toEqual(expect.arrayContaining([expect.arrayContaining(["Utvikle måleverktøy og velge indikatorer", "Drøfting av måleverktøy"])]));
    expect(stepRows(demo, "utfore").map((r) => r[1])).toEqual(["Utprøving av selvhjelpsplan og utfyllende henvisning", "Opplæringsprogram for koordinatorer startet som pilot i Ytre Namdal"]);
    expect(stepRows(demo, "standardisere")).toEqual(expect.arrayContaining([["Spre forbedringene", "Ingen aktiviteter registrert", "", ""]]));
    const total = ["forberedelse", "planlegge", "utfore", "standardisere"].reduce((sum, id) => sum + stepRows(demo, id).filter((r) => r[1] !== "Ingen aktiviteter registrert").length, 0);
    expect(total).toBe(28);
  });

  it("states the empty Kontrollere step", () => {
    expect(demo.sections.find((s) => s.key === "steg-kontrollere")!.blocks).toEqual([{ kind: "missing", text: "Ingen aktiviteter er registrert i steget Kontrollere i perioden." }]);
  });

  it("states, like the seed, that the criteria needing the finished, evaluated model cannot yet be answered", () => {
    expect(unanswerableCriteria(demo)).toEqual([
      "2. Hvordan tilskuddet har gjort tjenestene bedre for målgruppen",
      "3. Brukernes erfaringer med modellen målt mot målene",
      "6. Hvordan modellen har fått samarbeidsavtalen til å virke bedre i praksis",
    ]);
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
});

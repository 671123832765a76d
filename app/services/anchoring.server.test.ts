import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { coverageSheets, projectAnchoringCoverage } from "./anchoring.server";
import { buildWorkbook, neutraliseCell } from "../utils/spreadsheet.server";

/** exceljs' types predate Node's generic Buffer; the bytes are what it reads. */
async function readWorkbook(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("anchoring coverage of the demo project", () => {
  it("shows that the leaders of all 16 municipalities were reached: letter, visiting round, hearing", () => {
    const coverage = projectAnchoringCoverage(1);
    expect(coverage.headlines.find((h) => h.level === "kommune" && h.audienceId === "ledere")?.text).toBe("Ledere nådd: 16 av 16 kommuner");
    const leka = coverage.groups.flatMap((g) => g.rows).find((r) => r.organisation.name === "Leka kommune")!;
    expect(leka.cells.ledere.last).toEqual({ date: "2012-10-15", title: "Høringsrunde om selvhjelpsplan og henvisningsvedlegg" });
    expect(leka.cells.ledere.count).toBeGreaterThanOrEqual(3);
  });

  it("shows the gaps: relatives are reached nowhere but in the user organisation", () => {
    const coverage = projectAnchoringCoverage(1);
    const relatives = coverage.headlines.filter((h) => h.audienceId === "parorende");
    expect(relatives.find((h) => h.level === "kommune")?.reached).toBe(0);
    expect(relatives.find((h) => h.level === "bruker_parorende")?.reached).toBe(1);
    expect(coverage.emptyCells).toBeGreaterThan(0);
  });

  it("counts a dialogue conference for the users through the user organisation that took part", () => {
    const coverage = projectAnchoringCoverage(1);
    const mentalHelse = coverage.groups.flatMap((g) => g.rows).find((r) => r.organisation.name === "Mental Helse")!;
    expect(mentalHelse.cells.brukere.last).toEqual({ date: "2012-11-14", title: "Dialogkonferanse: resultater og plan for videre oppfølging" });
  });
});

describe("coverage spreadsheet", () => {
  it("has one row per organisation with the last reach per audience, and a summary sheet", async () => {
    const workbook = await readWorkbook(await buildWorkbook(coverageSheets(projectAnchoringCoverage(1))));
    const sheet = workbook.getWorksheet("Forankring")!;
    expect(sheet.getRow(1).getCell(3).value).toBe("Organisasjon");
    expect(sheet.getRow(1).getCell(4).value).toBe("Ledere: sist nådd");
    const names = sheet.getColumn(3).values.slice(2);
    expect(names).toContain("Grong kommune");
    expect(names.length).toBe(projectAnchoringCoverage(1).groups.flatMap((g) => g.rows).length);
    const summary = workbook.getWorksheet("Oppsummering")!;
    expect(summary.getColumn(1).values).toContain("Ledere nådd: 16 av 16 kommuner");
  });

  it("neutralises text a spreadsheet would run as a formula", async () => {
    expect(neutraliseCell("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(neutraliseCell("+47")).toBe("'+47");
    expect(neutraliseCell("|cmd /c calc")).toBe("'|cmd /c calc");
    expect(neutraliseCell("-1")).toBe("'-1");
    expect(neutraliseCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseCell("Møte")).toBe("Møte");
    const workbook = await readWorkbook(await buildWorkbook([{ name: "A", columns: [{ header: "x" }], rows: [["=1+1"], [5]] }]));
    expect(workbook.getWorksheet("A")!.getCell("A2").value).toBe("'=1+1");
    expect(workbook.getWorksheet("A")!.getCell("A3").value).toBe(5);
  });
});
